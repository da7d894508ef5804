package io.tprog.format.sandbox;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What one call of {@code run} left behind: every list-valued local in the order the program assigned it, with
 * its value converted by {@link PythonValues}, the predictions, and the lines of the program file that executed.
 */
public record RunCapture(List<String> order, Map<String, Object> values, List<String> predictions, SortedSet<Integer> lines) {
  public RunCapture {
    order = List.copyOf(order);
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    predictions = List.copyOf(predictions);
  }

  /** The value of one local as a list (one entry per position for a variable). */
  @SuppressWarnings("unchecked")
  public List<Object> list(String name) {
    Object v = values.get(name);
    return v instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
