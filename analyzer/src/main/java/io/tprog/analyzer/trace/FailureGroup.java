package io.tprog.analyzer.trace;

import java.util.List;

/** Misclassified examples blamed on the same component, with what that means in one phrase. */
public record FailureGroup(String component, String explanation, List<Failure> failures) {
  public FailureGroup {
    failures = List.copyOf(failures);
  }

  public int size() {
    return failures.size();
  }
}
