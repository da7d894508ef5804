package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.RoleEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.event.EdgeTraversalEvent;
import org.jgrapht.event.TraversalListenerAdapter;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The backward slice of one target node through a chosen set of edges into it, with one role path per node in the
 * slice: the shortest path to the target, ties broken by the sorted order of edges, so paths are deterministic. It is a
 * breadth-first search from the target over the reversed graph, the target's other inputs masked; the graph iterates
 * every node's edges in sorted order, so each node's path is its search-tree edge followed to the target.
 */
final class RolePaths {
  private final Map<String, RoleEdge> nextEdge = new HashMap<>();
  private final Set<String> slice = new LinkedHashSet<>();
  private final Set<RoleEdge> edges = new LinkedHashSet<>();
  private final String targetLabel;

  /**
   * @param entryEdges the edges into the target that count (e.g. the features feeding one class)
   * @param targetLabel how the target is written at the end of a path ({@code class "3"}, {@code mlp_1_0})
   */
  RolePaths(DataflowGraph graph, String target, List<RoleEdge> entryEdges, String targetLabel) {
    this.targetLabel = targetLabel;
    Set<RoleEdge> entry = Set.copyOf(entryEdges);
    Graph<String, RoleEdge> upstream =
        new EdgeReversedGraph<>(
            new MaskSubgraph<>(graph.jgrapht(), v -> false, e -> e.target().equals(target) && !entry.contains(e)));
    BreadthFirstIterator<String, RoleEdge> search = new BreadthFirstIterator<>(upstream, target);
    search.addTraversalListener(
        new TraversalListenerAdapter<>() {
          @Override
          public void edgeTraversed(EdgeTraversalEvent<RoleEdge> e) {
            edges.add(e.getEdge());
          }
        });
    search.next();
    while (search.hasNext()) {
      String node = search.next();
      slice.add(node);
      nextEdge.put(node, search.getSpanningTreeEdge(node));
    }
  }

  /** The nodes upstream of the target, in discovery (breadth-first) order. */
  Set<String> slice() {
    return slice;
  }

  /** Every edge on some path to the target. */
  Set<RoleEdge> edges() {
    return edges;
  }

  /** The edges of one node's path, from the node to the target. */
  List<RoleEdge> path(String node) {
    List<RoleEdge> path = new ArrayList<>();
    String at = node;
    while (nextEdge.containsKey(at)) {
      RoleEdge e = nextEdge.get(at);
      path.add(e);
      at = e.target();
    }
    return path;
  }

  /** A node's path written out: {@code attn_1_0 --value--> mlp_1_1 --feature--> class "3"}. */
  String describe(String node) {
    StringBuilder s = new StringBuilder(node);
    List<RoleEdge> path = path(node);
    for (int i = 0; i < path.size(); i++) {
      RoleEdge e = path.get(i);
      s.append(" --").append(e.role().label()).append("--> ").append(i == path.size() - 1 ? targetLabel : e.target());
    }
    return s.toString();
  }
}
