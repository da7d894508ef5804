package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Variables that take one value at every position of every input, by value-set inference. {@code ones} is constant
 * by design (the classifier's bias) and is not reported.
 */
public final class ConstantVariables {
  private final DataflowGraph graph;
  private final ValueSets valueSets;

  public ConstantVariables(DataflowGraph graph, ValueSets valueSets) {
    this.graph = graph;
    this.valueSets = valueSets;
  }

  /** One {@link Finding.Kind#CONSTANT} finding per constant variable, sorted. */
  public List<Finding> find() {
    List<Finding> out = new ArrayList<>();
    for (GraphNode n : graph.nodes()) {
      if (n.kind() == NodeKind.EMBEDDING || n.kind() == NodeKind.CLASSIFIER) {
        continue;
      }
      ValueSet s = valueSets.of(n.id());
      if (s.constant()) {
        out.add(
            new Finding(
                Finding.Kind.CONSTANT, n.id(), n.line(), n.variable() + " is always " + s.values().get(0).python()));
      }
    }
    return out.stream().sorted().toList();
  }
}
