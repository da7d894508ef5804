package io.tprog.analyzer.trace;

import io.tprog.format.ComponentNames;
import java.util.List;

/**
 * One step of a prediction's provenance: the value a variable held at a position, the component that wrote it
 * ({@code null} for an input variable), which key positions a head read to make it, and the steps that fed it.
 * {@code repeated} marks a value already expanded elsewhere in the same tree (it has no children here).
 */
public record ProvenanceStep(
    String component,
    String variable,
    int position,
    Object value,
    List<Integer> keyPositions,
    List<ProvenanceStep> children,
    boolean repeated,
    String label) {
  public ProvenanceStep {
    keyPositions = List.copyOf(keyPositions);
    children = List.copyOf(children);
  }

  /** True for a head's output (categorical or numerical). */
  public boolean head() {
    return component != null && ComponentNames.isHead(component);
  }
}
