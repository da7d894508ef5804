package io.tprog.reports.trace;

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
}
