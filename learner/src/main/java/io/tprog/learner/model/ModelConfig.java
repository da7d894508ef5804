package io.tprog.learner.model;

import io.tprog.learner.data.SpecialTokens;
import io.tprog.learner.program.ProgramConfig;
import io.tprog.learner.program.ProgramShape;
import java.util.List;

/**
 * The shape of a Transformer Program model: per-layer module counts (model.md), the variable size {@code k}, the
 * padded sequence length, the vocabulary and label lists, and which class columns the classifier may never predict.
 *
 * @param layers number of layers
 * @param catHeads categorical attention heads per layer
 * @param numHeads numerical attention heads per layer
 * @param catMlps categorical MLPs per layer
 * @param numMlps numerical MLPs per layer
 * @param varSize width {@code k} of every categorical variable
 * @param maxLength padded sequence length, at most {@code varSize}
 * @param vocabulary token strings; slot {@code i} of {@code tokens} is {@code vocabulary.get(i)}
 * @param classes label strings in classifier column order
 * @param padToken the vocabulary entry that pads sequences (never attended to, never scored)
 * @param maskedClasses labels the classifier never predicts (such as {@code <pad>})
 * @param causal whether a query only sees keys at or before it
 * @param pooled whether position 0 predicts one label from the mean of all positions' logits
 * @param mlpHidden hidden width of every MLP
 * @param attentionScores how categorical heads score soft matches while training
 * @param wordVariables factored word embeddings: each word picks a value for each of this many categorical variables
 *     ({@code var0_embeddings} ...) in place of the one-hot {@code tokens} variable, so the vocabulary may be larger
 *     than {@code varSize}; 0 for one-hot tokens
 */
public record ModelConfig(
    int layers,
    int catHeads,
    int numHeads,
    int catMlps,
    int numMlps,
    int varSize,
    int maxLength,
    List<String> vocabulary,
    List<String> classes,
    String padToken,
    List<String> maskedClasses,
    boolean causal,
    boolean pooled,
    int mlpHidden,
    AttentionScores attentionScores,
    int wordVariables) {

  /** Hidden width of every MLP unless the builder is told otherwise. */
  public static final int DEFAULT_MLP_HIDDEN = 64;

  /**
   * A builder of a configuration over {@code vocabulary} and {@code classes}: module counts start at 0, {@code <pad>}
   * pads and is the only masked class, MLPs are {@value #DEFAULT_MLP_HIDDEN} wide, heads score linearly, tokens are
   * one-hot, and a query sees every key.
   */
  public static Builder builder(List<String> vocabulary, List<String> classes) {
    return new Builder(vocabulary, classes);
  }

  /** Collects a configuration's settings; {@link #build} validates them. */
  public static final class Builder {
    private final List<String> vocabulary;
    private final List<String> classes;
    private int layers;
    private int catHeads;
    private int numHeads;
    private int catMlps;
    private int numMlps;
    private int varSize;
    private int maxLength;
    private String padToken = SpecialTokens.PAD;
    private List<String> maskedClasses = List.of(SpecialTokens.PAD);
    private boolean causal;
    private boolean pooled;
    private int mlpHidden = DEFAULT_MLP_HIDDEN;
    private AttentionScores attentionScores = AttentionScores.LINEAR;
    private int wordVariables;

    private Builder(List<String> vocabulary, List<String> classes) {
      this.vocabulary = vocabulary;
      this.classes = classes;
    }

    public Builder layers(int count) {
      this.layers = count;
      return this;
    }

    /** Categorical and numerical attention heads per layer. */
    public Builder heads(int categorical, int numerical) {
      this.catHeads = categorical;
      this.numHeads = numerical;
      return this;
    }

    /** Categorical and numerical MLPs per layer. */
    public Builder mlps(int categorical, int numerical) {
      this.catMlps = categorical;
      this.numMlps = numerical;
      return this;
    }

    /** The width {@code k} of every categorical variable and the padded sequence length. */
    public Builder sizes(int variableSize, int sequenceLength) {
      this.varSize = variableSize;
      this.maxLength = sequenceLength;
      return this;
    }

    /** The padding token, which is also the only class masked unless {@link #maskedClasses} says otherwise. */
    public Builder padToken(String token) {
      this.padToken = token;
      this.maskedClasses = List.of(token);
      return this;
    }

    public Builder maskedClasses(List<String> masked) {
      this.maskedClasses = masked;
      return this;
    }

    public Builder causal(boolean isCausal) {
      this.causal = isCausal;
      return this;
    }

    public Builder pooled(boolean isPooled) {
      this.pooled = isPooled;
      return this;
    }

    public Builder mlpHidden(int width) {
      this.mlpHidden = width;
      return this;
    }

    public Builder attentionScores(AttentionScores scores) {
      this.attentionScores = scores;
      return this;
    }

    /** Factored word embeddings of {@code variables} variables per word (0: one-hot tokens). */
    public Builder wordVariables(int variables) {
      this.wordVariables = variables;
      return this;
    }

    public ModelConfig build() {
      return new ModelConfig(layers, catHeads, numHeads, catMlps, numMlps, varSize, maxLength, vocabulary, classes,
          padToken, maskedClasses, causal, pooled, mlpHidden, attentionScores, wordVariables);
    }
  }

  public ModelConfig {
    vocabulary = List.copyOf(vocabulary);
    classes = List.copyOf(classes);
    maskedClasses = List.copyOf(maskedClasses);
    if (attentionScores == null) {
      throw new IllegalArgumentException("The attention scores are not set.");
    }
    if (wordVariables < 0) {
      throw new IllegalArgumentException("The number of word variables must not be negative, got " + wordVariables + ".");
    }
    if (wordVariables == 0 && vocabulary.size() > varSize) {
      throw new IllegalArgumentException(
          "The vocabulary has " + vocabulary.size() + " tokens, more than the variable size " + varSize + ".");
    }
    if (maxLength > varSize) {
      throw new IllegalArgumentException(
          "The maximum length " + maxLength + " is larger than the variable size " + varSize + ".");
    }
    if (!vocabulary.contains(padToken)) {
      throw new IllegalArgumentException("The vocabulary has no padding token " + padToken + ".");
    }
  }

  /** Whether words are factored embeddings rather than one-hot tokens. */
  public boolean factored() {
    return wordVariables > 0;
  }

  /** The module counts and sizes this model and its program share. */
  public ProgramShape shape() {
    return new ProgramShape(layers, catHeads, numHeads, catMlps, numMlps, varSize, maxLength);
  }

  /** The shape of the program this model discretises into, for {@code task}. */
  public ProgramConfig programConfig(String task) {
    return new ProgramConfig(task, shape(), causal, pooled);
  }

  /** The slot of the padding token. */
  public int padSlot() {
    return vocabulary.indexOf(padToken);
  }
}
