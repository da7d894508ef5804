package io.tprog.analyzer.data;

import java.util.List;

/**
 * One input sequence with its expected label per position, the split it belongs to (empty when the file names
 * none) and the line of the dataset file it came from.
 */
public record Example(String split, List<String> tokens, List<String> labels, int line) {
  /** The label of positions that are not scored. */
  public static final String PAD = "<pad>";

  public Example {
    tokens = List.copyOf(tokens);
    labels = List.copyOf(labels);
  }

  /** Whether position {@code i} counts towards accuracy. */
  public boolean scored(int i) {
    return !labels.get(i).equals(PAD);
  }

  /** The tokens joined by single spaces, as a user types them after {@code --input}. */
  public String inputText() {
    return String.join(" ", tokens);
  }
}
