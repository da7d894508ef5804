package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.RoleEdge;
import java.util.List;

/** A head upstream of an output, its layer, and one role path from it to the output (written out and as edges). */
public record HeadPath(String head, int layer, String path, List<RoleEdge> edges) {
  public HeadPath {
    edges = List.copyOf(edges);
  }
}
