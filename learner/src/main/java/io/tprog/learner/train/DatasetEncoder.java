package io.tprog.learner.train;

import io.tprog.learner.data.Example;
import io.tprog.learner.data.SpecialTokens;
import io.tprog.learner.model.EncodedBatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns examples into the model's padded slot arrays: token {@code t} becomes its vocabulary slot, label {@code l} its
 * class index, and a position is scored unless its label is {@code <pad>}.
 */
public final class DatasetEncoder {
  private final Map<String, Integer> tokenSlots = new HashMap<>();
  private final Map<String, Integer> classIndices = new HashMap<>();
  private final int maxLength;
  private final int padSlot;
  private final int padClass;
  private final UnaryOperator<String> prepare;

  public DatasetEncoder(List<String> vocabulary, List<String> classes, int maxLength) {
    this(vocabulary, classes, maxLength, UnaryOperator.identity());
  }

  /** An encoder that looks each token up as {@code prepare} turns it (an NLP task's normalisation and {@code <unk>}). */
  public DatasetEncoder(List<String> vocabulary, List<String> classes, int maxLength, UnaryOperator<String> prepare) {
    this.prepare = prepare;
    for (int i = 0; i < vocabulary.size(); i++) {
      tokenSlots.put(vocabulary.get(i), i);
    }
    for (int i = 0; i < classes.size(); i++) {
      classIndices.put(classes.get(i), i);
    }
    this.maxLength = maxLength;
    this.padSlot = tokenSlots.getOrDefault(SpecialTokens.PAD, -1);
    this.padClass = classIndices.getOrDefault(SpecialTokens.PAD, -1);
    if (padSlot < 0 || padClass < 0) {
      throw new IllegalArgumentException("The vocabulary and the classes must both contain " + SpecialTokens.PAD + ".");
    }
  }

  /** The examples as one batch, in order. */
  public EncodedBatch encode(List<Example> examples) {
    int size = examples.size();
    int[] tokens = new int[size * maxLength];
    int[] labels = new int[size * maxLength];
    float[] scored = new float[size * maxLength];
    java.util.Arrays.fill(tokens, padSlot);
    java.util.Arrays.fill(labels, padClass);
    for (int e = 0; e < size; e++) {
      Example example = examples.get(e);
      if (example.length() > maxLength) {
        throw new IllegalArgumentException(
            "Example " + (e + 1) + " of the " + example.split() + " split has " + example.length()
                + " tokens, more than the maximum length " + maxLength + ".");
      }
      for (int i = 0; i < example.length(); i++) {
        Integer slot = tokenSlots.get(prepare.apply(example.tokens().get(i)));
        Integer label = classIndices.get(example.labels().get(i));
        if (slot == null || label == null) {
          throw new IllegalArgumentException(
              "Example " + (e + 1) + " of the " + example.split() + " split has "
                  + (slot == null ? "token " + example.tokens().get(i) : "label " + example.labels().get(i))
                  + " at position " + i + ", which the model does not know.");
        }
        tokens[e * maxLength + i] = slot;
        labels[e * maxLength + i] = label;
        scored[e * maxLength + i] = label == padClass ? 0f : 1f;
      }
    }
    return new EncodedBatch(size, maxLength, tokens, labels, scored);
  }
}
