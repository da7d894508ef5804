package io.tprog.analyzer.analysis;

import java.util.List;

/** The result of {@link DeadCodeFinder}: every finding, sorted by line, kind and component. */
public record DeadCode(List<Finding> findings) {
  public DeadCode {
    findings = findings.stream().sorted().toList();
  }
}
