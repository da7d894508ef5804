package io.tprog.learner.data;

import java.util.List;
import java.util.Objects;

/**
 * One sequence: its split, its tokens, and one label per token. A label of {@code <pad>} means the position is not
 * scored. A pooled classification example carries its class at position 0 and {@code <pad>} everywhere else, so the
 * layout is the same for every task.
 */
public record Example(String split, List<String> tokens, List<String> labels) {

  public Example {
    Objects.requireNonNull(split, "split");
    tokens = List.copyOf(tokens);
    labels = List.copyOf(labels);
    if (tokens.size() != labels.size()) {
      throw new IllegalArgumentException(
          "An example needs one label per token, but has " + tokens.size() + " tokens and " + labels.size() + " labels.");
    }
  }

  /** The same tokens and labels in another split. */
  public Example inSplit(String newSplit) {
    return new Example(newSplit, tokens, labels);
  }

  /** The number of positions. */
  public int length() {
    return tokens.size();
  }
}
