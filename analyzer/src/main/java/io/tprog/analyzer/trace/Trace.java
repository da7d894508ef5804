package io.tprog.analyzer.trace;

import java.util.List;
import java.util.Map;

/**
 * One input through a program: the variables in program order with one value per position, what each head selected,
 * the predictions, the expected labels (empty when none were given) and the wrong positions with their breakdowns.
 */
public record Trace(
    List<String> tokens,
    List<String> expected,
    List<String> predictions,
    List<String> variables,
    Map<String, List<Object>> values,
    List<HeadSelection> heads,
    List<WrongPosition> wrong) {

  public Trace {
    tokens = List.copyOf(tokens);
    expected = List.copyOf(expected);
    predictions = List.copyOf(predictions);
    variables = List.copyOf(variables);
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values)); // in program order: JSON output is stable
    heads = List.copyOf(heads);
    wrong = List.copyOf(wrong);
  }

  /** The value of a variable at a position, or null when the variable is not in the trace. */
  public Object value(String variable, int position) {
    List<Object> v = values.get(variable);
    return v == null || position >= v.size() ? null : v.get(position);
  }

  public HeadSelection head(String name) {
    return heads.stream().filter(h -> h.head().equals(name)).findFirst().orElse(null);
  }
}
