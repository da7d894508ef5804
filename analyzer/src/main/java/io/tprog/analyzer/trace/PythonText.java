package io.tprog.analyzer.trace;

import java.util.List;
import java.util.stream.Collectors;

/** A captured value written as Python's {@code str()} writes it, the form the weights file and traces use. */
public final class PythonText {
  private PythonText() {}

  public static String of(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof List<?> l) {
      return l.stream().map(PythonText::of).collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }
}
