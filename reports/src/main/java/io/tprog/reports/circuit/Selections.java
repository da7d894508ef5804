package io.tprog.reports.circuit;

import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.reports.circuit.CircuitReport.ClassCircuit;
import io.tprog.reports.circuit.CircuitReport.Node;
import io.tprog.reports.graph.SvgGraph;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * What the page highlights when a user clicks: for a class, its circuit's nodes and edges; for a component, the
 * component and everything upstream of it (all that can change its output), with the edges between them.
 * With a dataset, a class's minimal circuit (its static circuit less the components the search dropped), which the
 * page highlights with the static circuit lighter. Computed here, once, so the page's script only toggles classes.
 */
public record Selections(Map<String, Selection> classes, Map<String, Selection> components, Map<String, Selection> minimal) {

  /** Node ids in program order and edge keys ({@link SvgGraph#edgeKey}) in sorted edge order. */
  public record Selection(List<String> nodes, List<String> edges) {
    public Selection {
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
    }
  }

  public Selections {
    classes = new TreeMap<>(classes);
    components = new TreeMap<>(components);
    minimal = new TreeMap<>(minimal);
  }

  public static Selections of(CircuitReport report) {
    Map<String, Selection> classes = new TreeMap<>();
    for (ClassCircuit c : report.classCircuits()) {
      classes.put(c.classLabel(), new Selection(c.nodes(), c.edges().stream().map(SvgGraph::edgeKey).toList()));
    }
    Graph<String, RoleEdge> reversed = new EdgeReversedGraph<>(graph(report));
    Map<String, Selection> components = new TreeMap<>();
    for (Node n : report.nodes()) {
      Set<String> upstream = new HashSet<>();
      new BreadthFirstIterator<>(reversed, n.id()).forEachRemaining(upstream::add);
      List<String> nodes = report.nodes().stream().map(Node::id).filter(upstream::contains).toList();
      List<String> edges = report.edges().stream().filter(e -> upstream.contains(e.target())).map(SvgGraph::edgeKey).toList();
      components.put(n.id(), new Selection(nodes, edges));
    }
    Map<String, Selection> minimal = new TreeMap<>();
    if (report.ablation() != null) {
      for (MinimalCircuit m : report.ablation().minimalCircuits()) {
        Selection all = classes.get(m.classLabel());
        if (all != null) {
          Set<String> dropped = new HashSet<>(m.staticCircuit());
          m.components().forEach(dropped::remove);
          List<String> edges = report.classCircuits().stream().filter(c -> c.classLabel().equals(m.classLabel())).findFirst().orElseThrow()
              .edges().stream().filter(e -> !dropped.contains(e.source()) && !dropped.contains(e.target())).map(SvgGraph::edgeKey).toList();
          minimal.put(m.classLabel(), new Selection(all.nodes().stream().filter(n -> !dropped.contains(n)).toList(), edges));
        }
      }
    }
    return new Selections(classes, components, minimal);
  }

  /** The report's nodes and edges as a JGraphT graph (an MLP reading one variable twice has two edges). */
  private static Graph<String, RoleEdge> graph(CircuitReport report) {
    Graph<String, RoleEdge> g = GraphTypeBuilder.<String, RoleEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(false).buildGraph();
    report.nodes().forEach(n -> g.addVertex(n.id()));
    for (RoleEdge e : report.edges()) {
      g.addVertex(e.source());
      g.addVertex(e.target());
      g.addEdge(e.source(), e.target(), e);
    }
    return g;
  }
}
