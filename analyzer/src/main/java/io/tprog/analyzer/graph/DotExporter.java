package io.tprog.analyzer.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a dataflow graph in Graphviz DOT: one node per component in program order, shaped by kind, edges labelled
 * with their role; nodes and edges of a circuit are drawn highlighted. The output is deterministic.
 */
public final class DotExporter {
  private DotExporter() {}

  /** The graph with nothing highlighted. */
  public static String export(DataflowGraph graph) {
    return export(graph, Set.of(), Set.of());
  }

  /** The graph with the given nodes and edges highlighted (a circuit). */
  public static String export(DataflowGraph graph, Set<String> highlightedNodes, Set<RoleEdge> highlightedEdges) {
    StringBuilder dot = new StringBuilder();
    dot.append("digraph program {\n");
    dot.append("  rankdir=LR;\n");
    dot.append("  node [fontname=\"Helvetica\"];\n");
    dot.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    List<GraphNode> nodes = graph.nodes();
    for (GraphNode n : nodes) {
      dot.append("  ").append(quote(n.id())).append(" [shape=").append(shape(n.kind()));
      if (highlightedNodes.contains(n.id())) {
        dot.append(", style=filled, fillcolor=\"#ffd966\", penwidth=2");
      }
      dot.append("];\n");
    }
    for (RoleEdge e : ordered(graph, nodes)) {
      dot.append("  ").append(quote(e.source())).append(" -> ").append(quote(e.target()));
      dot.append(" [label=").append(quote(e.role().label()));
      if (highlightedEdges.contains(e)) {
        dot.append(", color=\"#c00000\", penwidth=2");
      }
      dot.append("];\n");
    }
    dot.append("}\n");
    return dot.toString();
  }

  /** Edges in the program order of their targets, then of their sources, then by role and argument. */
  private static List<RoleEdge> ordered(DataflowGraph graph, List<GraphNode> nodes) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      rank.put(nodes.get(i).id(), i);
    }
    return graph.edges().stream()
        .sorted(
            Comparator.<RoleEdge>comparingInt(e -> rank.get(e.target()))
                .thenComparingInt(e -> rank.get(e.source()))
                .thenComparing(RoleEdge::role)
                .thenComparingInt(RoleEdge::argument))
        .toList();
  }

  private static String shape(NodeKind kind) {
    return switch (kind) {
      case EMBEDDING -> "box";
      case HEAD, NUMERICAL_HEAD -> "ellipse";
      case MLP, NUMERICAL_MLP -> "diamond";
      case VARIABLE -> "note";
      case CLASSIFIER -> "doubleoctagon";
    };
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
