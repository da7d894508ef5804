package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heads feeding an output (analysis.md): for a node or variable, every head upstream of it; for a class, every
 * head on that class's circuit (through the features that can change its rank); for {@code classifier}, every head
 * upstream of any feature. Each head comes with its role path, e.g.
 * {@code attn_1_0 --value--> mlp_1_1 --feature--> class "3"}.
 */
public final class HeadsFeeding {
  private static final Pattern CLASS = Pattern.compile("class\\s+\"?(.*?)\"?");

  private final DataflowGraph graph;
  private final CircuitFinder circuits;
  private final Map<String, Integer> order = new HashMap<>();

  public HeadsFeeding(DataflowGraph graph, ValueSets valueSets) {
    this.graph = graph;
    this.circuits = new CircuitFinder(graph, valueSets);
    List<GraphNode> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      order.put(nodes.get(i).id(), i);
    }
  }

  /**
   * The heads feeding {@code output}: a node id, a variable name, {@code classifier}, {@code class "3"}, or a bare
   * class label that is not also a node.
   *
   * @throws UnknownOutputException when the output names none of these
   */
  public HeadsFeedingResult of(String output) {
    String name = output.strip();
    Matcher m = CLASS.matcher(name);
    if (m.matches()) {
      return ofClass(m.group(1));
    }
    if (name.equals(DataflowGraph.CLASSIFIER)) {
      return collect(DataflowGraph.CLASSIFIER, graph.incoming(DataflowGraph.CLASSIFIER), DataflowGraph.CLASSIFIER);
    }
    var node = graph.resolve(name);
    if (node.isPresent()) {
      return collect(node.get(), graph.incoming(node.get()), node.get());
    }
    if (circuits.classes().contains(name)) {
      return ofClass(name);
    }
    throw new UnknownOutputException(
        "'" + output + "' is not a component, a variable, a class or 'classifier' of " + graph.model().source()
            + "; classes are " + circuits.classes());
  }

  private HeadsFeedingResult ofClass(String label) {
    if (!circuits.classes().contains(label)) {
      throw new UnknownOutputException(
          "'" + label + "' is not a class of " + graph.model().source() + "; classes are " + circuits.classes());
    }
    return collect(DataflowGraph.CLASSIFIER, circuits.featureEdges(label), CircuitFinder.classTarget(label));
  }

  private HeadsFeedingResult collect(String target, List<RoleEdge> entry, String label) {
    RolePaths paths = new RolePaths(graph, target, entry, label);
    List<HeadPath> heads = new ArrayList<>();
    for (String id : paths.slice()) {
      GraphNode n = graph.node(id).orElseThrow();
      if (n.kind().head()) {
        heads.add(new HeadPath(id, n.layer(), paths.describe(id), paths.path(id)));
      }
    }
    heads.sort(
        Comparator.comparingInt(HeadPath::layer).thenComparing(h -> order.get(h.head())));
    return new HeadsFeedingResult(label, heads);
  }
}
