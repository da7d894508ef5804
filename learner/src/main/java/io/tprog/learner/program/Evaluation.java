package io.tprog.learner.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a program computed on one input: each categorical variable's slots and each numerical variable's values
 * per position (maps in canonical order), the key position each categorical head selected for each query, and the
 * predictions (one label per position; a pooled program: its class at position 0, <pad> elsewhere).
 */
public record Evaluation(
    List<String> tokens,
    Map<String, int[]> categorical,
    Map<String, int[]> numerical,
    Map<String, int[]> selected,
    List<String> predictions) {

  public Evaluation {
    tokens = List.copyOf(tokens);
    categorical = Map.copyOf(categorical);
    numerical = Map.copyOf(numerical);
    selected = Map.copyOf(selected);
    predictions = List.copyOf(predictions);
  }

  /** A variable's values as Python's {@code str()} prints them, per position. */
  public List<String> texts(Program program, String variable) {
    List<String> out = new ArrayList<>();
    if (program.isNumerical(variable)) {
      for (int value : numerical.get(variable)) {
        out.add(Integer.toString(value));
      }
    } else {
      Domain domain = program.domain(variable);
      for (int slot : categorical.get(variable)) {
        out.add(domain.text(slot));
      }
    }
    return out;
  }
}
