package io.tprog.analyzer.analysis;

import java.util.List;
import java.util.SortedMap;

/** The shape of a program at a glance: its header facts, layers, component counts, classes and weights file. */
public record ProgramSummary(
    SortedMap<String, String> header,
    int layers,
    int heads,
    int numericalHeads,
    int mlps,
    int numericalMlps,
    List<String> classes,
    String weightsFile) {
  public ProgramSummary {
    classes = List.copyOf(classes);
  }
}
