package io.tprog.learner.model;

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

  /** A configuration with one-hot tokens (no factored word embeddings). */
  public ModelConfig(
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
      AttentionScores attentionScores) {
    this(layers, catHeads, numHeads, catMlps, numMlps, varSize, maxLength, vocabulary, classes, padToken, maskedClasses,
        causal, pooled, mlpHidden, attentionScores, 0);
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

  /** The slot of the padding token. */
  public int padSlot() {
    return vocabulary.indexOf(padToken);
  }
}
