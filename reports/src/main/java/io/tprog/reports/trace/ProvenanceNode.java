package io.tprog.reports.trace;

import java.util.List;

/**
 * One step of a prediction's provenance, as the report draws it: what it is ({@code attn_1_0 at position 3 read
 * position 5}, {@code tokens[5] = "2"}) and the steps that fed it.
 */
public record ProvenanceNode(String label, List<ProvenanceNode> children) {
  public ProvenanceNode {
    children = List.copyOf(children);
  }
}
