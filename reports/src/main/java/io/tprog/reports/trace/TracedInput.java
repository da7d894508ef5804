package io.tprog.reports.trace;

import io.tprog.analyzer.trace.ProvenanceStep;
import io.tprog.analyzer.trace.Trace;
import java.util.Map;
import java.util.TreeMap;

/** One traced input and, per wrong position, the provenance tree of its prediction (absent positions have none). */
public record TracedInput(Trace trace, Map<Integer, ProvenanceNode> provenance) {
  public TracedInput {
    provenance = new TreeMap<>(provenance);
  }

  public static TracedInput of(Trace trace) {
    return new TracedInput(trace, Map.of());
  }

  /** A trace with the analyzer's provenance trees of its wrong positions, in the report's form. */
  public static TracedInput of(Trace trace, Map<Integer, ProvenanceStep> trees) {
    Map<Integer, ProvenanceNode> nodes = new TreeMap<>();
    trees.forEach((p, t) -> nodes.put(p, TraceReportWriter.node(t)));
    return new TracedInput(trace, nodes);
  }
}
