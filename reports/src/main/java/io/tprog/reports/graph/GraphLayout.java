package io.tprog.reports.graph;

import io.tprog.analyzer.graph.NodeKind;
import io.tprog.analyzer.graph.RoleEdge;
import java.util.List;

/** A laid-out dataflow graph: every node as a box, every edge as a polyline, and the size of the whole drawing. */
public record GraphLayout(List<PlacedNode> nodes, List<PlacedEdge> edges, double width, double height) {

  public GraphLayout {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A node's box (top-left corner, size) and the column it was placed in. */
  public record PlacedNode(String id, NodeKind kind, int layer, int column, double x, double y, double width, double height) {}

  /** An edge's route from its source's border to its target's border. */
  public record PlacedEdge(RoleEdge edge, List<Point> points) {
    public PlacedEdge {
      points = List.copyOf(points);
    }
  }

  /** A point of the drawing. */
  public record Point(double x, double y) {}
}
