package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ClassifierFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * How far each component can move one class's score against another class's, from the classifier weights alone.
 * A feature's swing for class C is, over the other classes c, the largest spread of its contribution to
 * {@code score(C) - score(c)} across the values its variable can take (value-set inference; a numerical feature's
 * weight difference times the spread of its values). A component's static score is the sum of the swings of the
 * features it reaches through the dataflow graph (its own output, and everything computed from it): an upper bound on
 * how far changing it can move C against the runner-up. A score of 0 means no static path: no feature downstream
 * of the component can change C's rank, exactly when {@link CircuitFinder} leaves it out of C's circuit.
 */
public final class StaticInfluence {
  private final DataflowGraph graph;
  private final CircuitFinder circuits;
  private final Graph<String, RoleEdge> reversed;

  public StaticInfluence(DataflowGraph graph, ValueSets valueSets) {
    this.graph = graph;
    this.reversed = new EdgeReversedGraph<>(graph.jgrapht());
    this.circuits = new CircuitFinder(graph, valueSets);
  }

  /** One feature's swing for a class. */
  public record FeatureSwing(String feature, double swing) {}

  /** A component's static score for a class and the features (swing above 0) it reaches, biggest swing first. */
  public record Influence(String component, double score, List<FeatureSwing> via) {
    public Influence {
      via = List.copyOf(via);
    }
  }

  /** Every head and MLP with its influence on {@code classLabel}, in program order. */
  public List<Influence> of(String classLabel) {
    Map<String, List<FeatureSwing>> reached = new LinkedHashMap<>();
    for (ClassifierFeature f : graph.model().features()) {
      double swing = circuits.swing(f, classLabel);
      FeatureSwing s = new FeatureSwing(f.feature(), swing);
      graph.nodeOfVariable(f.variable()).ifPresent(node -> {
        for (String upstream : upstreamOf(node)) {
          reached.computeIfAbsent(upstream, k -> new ArrayList<>()).add(s);
        }
      });
    }
    List<Influence> out = new ArrayList<>();
    for (GraphNode n : graph.nodes()) {
      if (!n.kind().head() && !n.kind().mlp()) {
        continue;
      }
      List<FeatureSwing> via =
          reached.getOrDefault(n.id(), List.of()).stream()
              .filter(s -> s.swing() > 0)
              .sorted(Comparator.comparingDouble(FeatureSwing::swing).reversed().thenComparing(FeatureSwing::feature))
              .toList();
      out.add(new Influence(n.id(), via.stream().mapToDouble(FeatureSwing::swing).sum(), via));
    }
    return out;
  }

  /** {@code node} and every node upstream of it: a breadth-first search from it over the reversed graph. */
  private Set<String> upstreamOf(String node) {
    Set<String> upstream = new HashSet<>();
    new BreadthFirstIterator<>(reversed, node).forEachRemaining(upstream::add);
    return upstream;
  }
}
