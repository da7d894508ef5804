package io.tprog.reports.circuit;

import io.tprog.analyzer.analysis.CircuitComponent;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.reports.circuit.Selections.Selection;
import io.tprog.reports.graph.LayeredLayout;
import io.tprog.reports.graph.SvgGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The graphs {@code report.html} draws before the full one, so a big program stays readable: with a dataset, each
 * class's minimal circuit laid out on its own (the page shows the selected class's); without one, the classifier's
 * static circuit. Each is an SVG of class {@code dataflow} with {@code id="focus-N"}.
 */
final class FocusGraphs {
  private FocusGraphs() {}

  /** One drawn circuit: its class (null for the classifier's static circuit), its title, its nodes in program order. */
  record FocusGraph(String classLabel, String title, List<String> nodes, String svg) {
    FocusGraph {
      nodes = List.copyOf(nodes);
    }
  }

  static List<FocusGraph> of(StaticReport analysis, CircuitReport report, Selections selections) {
    Set<String> circuitHeads = new HashSet<>(report.circuitHeads());
    List<FocusGraph> graphs = new ArrayList<>();
    for (String c : report.classes()) {
      Selection minimal = selections.minimal().get(c);
      if (minimal != null) {
        graphs.add(draw(analysis, c, "minimal circuit of class " + c, minimal, circuitHeads, graphs.size()));
      }
    }
    if (graphs.isEmpty()) {
      List<String> nodes = new ArrayList<>(analysis.classifierCircuit().components().stream().map(CircuitComponent::id).toList());
      nodes.add(DataflowGraph.CLASSIFIER);
      Selection circuit = new Selection(nodes, analysis.classifierCircuit().edges().stream().map(SvgGraph::edgeKey).toList());
      graphs.add(draw(analysis, null, "static circuit of the classifier", circuit, circuitHeads, 0));
    }
    return graphs;
  }

  private static FocusGraph draw(StaticReport analysis, String classLabel, String title, Selection selection, Set<String> circuitHeads, int index) {
    Set<String> nodeIds = new HashSet<>(selection.nodes());
    Set<String> edgeKeys = new HashSet<>(selection.edges());
    List<GraphNode> nodes = analysis.nodes().stream().filter(n -> nodeIds.contains(n.id())).toList();
    List<RoleEdge> edges = analysis.edges().stream().filter(e -> edgeKeys.contains(SvgGraph.edgeKey(e))).toList();
    String svg = SvgGraph.render(LayeredLayout.layout(nodes, edges), circuitHeads, "focus-" + index, title);
    return new FocusGraph(classLabel, title, nodes.stream().map(GraphNode::id).toList(), svg);
  }
}
