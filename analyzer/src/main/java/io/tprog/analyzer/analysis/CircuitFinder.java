package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.Role;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Value;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Circuits of the classifier's outputs (analysis.md): the backward slice from the classifier through the features
 * that feed one class. A feature feeds a class when two of its reachable values move that class's score differently
 * against some other class's; a feature whose rows shift every class alike, or that can take only one value, cannot
 * change the class's rank and is left out. Without a weights file every feature counts as feeding.
 */
public final class CircuitFinder {
  private static final double TOLERANCE = 1e-9;

  private final DataflowGraph graph;
  private final ValueSets valueSets;
  private final Weights weights;
  private final Map<String, Integer> order = new HashMap<>();

  public CircuitFinder(DataflowGraph graph, ValueSets valueSets) {
    this.graph = graph;
    this.valueSets = valueSets;
    this.weights = graph.model().weights();
    List<GraphNode> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      order.put(nodes.get(i).id(), i);
    }
  }

  /** The class labels circuits are computed for: the weights file's columns, else the program's {@code CLASSES}. */
  public List<String> classes() {
    return weights != null ? weights.classes() : graph.model().classes();
  }

  /** One circuit per class, in class order. */
  public List<Circuit> circuits() {
    return classes().stream().map(this::circuit).toList();
  }

  /** The circuit of one class, or of the classifier as a whole when {@code classLabel} is null. */
  public Circuit circuit(String classLabel) {
    List<RoleEdge> entry = featureEdges(classLabel);
    Set<RoleEdge> entrySet = new HashSet<>(entry);
    List<String> feeding = new ArrayList<>();
    List<String> notFeeding = new ArrayList<>();
    for (RoleEdge e : graph.incoming(DataflowGraph.CLASSIFIER).stream().sorted(Comparator.comparingInt(RoleEdge::argument)).toList()) {
      String feature = graph.model().features().get(e.argument()).feature();
      (entrySet.contains(e) ? feeding : notFeeding).add(feature);
    }
    RolePaths paths = new RolePaths(graph, DataflowGraph.CLASSIFIER, entry, classLabel == null ? DataflowGraph.CLASSIFIER : classTarget(classLabel));
    return new Circuit(classLabel, feeding, notFeeding, components(paths), paths.edges().stream().sorted().toList());
  }

  /** {@code class "3"}: how a class is written at the end of a role path and on the command line. */
  public static String classTarget(String classLabel) {
    return "class \"" + classLabel + "\"";
  }

  /** The feature edges into the classifier that feed a class (any class when null). */
  public List<RoleEdge> featureEdges(String classLabel) {
    List<RoleEdge> edges = new ArrayList<>();
    for (RoleEdge e : graph.incoming(DataflowGraph.CLASSIFIER)) {
      if (e.role() != Role.FEATURE) {
        continue;
      }
      ClassifierFeature f = graph.model().features().get(e.argument());
      boolean feeds = classLabel == null ? classes().stream().anyMatch(c -> feeds(f, c)) || classes().isEmpty() : feeds(f, classLabel);
      if (feeds) {
        edges.add(e);
      }
    }
    return edges;
  }

  /** Whether a feature's weights can change the rank of a class, given the values its variable can take. */
  public boolean feeds(ClassifierFeature feature, String classLabel) {
    return weights == null || swing(feature, classLabel) > 0;
  }

  /**
   * A feature's swing for a class: over the other classes c, the largest spread of its contribution to
   * {@code score(C) - score(c)} across the values its variable can take (a numerical feature: the weight difference
   * times the spread of its values); 0 when it cannot change the class's rank.
   */
  public double swing(ClassifierFeature feature, String classLabel) {
    if (weights == null) {
      return 0;
    }
    int c = weights.classes().indexOf(classLabel);
    Map<String, WeightRow> rows = weights.rows(feature.feature());
    if (c < 0 || rows.isEmpty()) {
      return 0;
    }
    ValueSet values = graph.nodeOfVariable(feature.variable()).map(valueSets::of).orElse(ValueSet.unknown());
    double best = 0;
    for (int other = 0; other < weights.classes().size(); other++) {
      if (other == c) {
        continue;
      }
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      if (rows.containsKey("_")) {
        double difference = rows.get("_").weights().get(c) - rows.get("_").weights().get(other);
        for (double x : numericExtremes(values)) {
          low = Math.min(low, difference * x);
          high = Math.max(high, difference * x);
        }
      } else {
        for (List<Double> w : vectors(rows, values)) {
          double m = w.get(c) - w.get(other);
          low = Math.min(low, m);
          high = Math.max(high, m);
        }
      }
      if (differ(low, high)) {
        best = Math.max(best, high - low);
      }
    }
    return best;
  }

  /** The smallest and largest value of a numerical variable (0 and 1 when they are not known: a per-unit swing). */
  private static List<Double> numericExtremes(ValueSet values) {
    if (!values.known()) {
      return List.of(0.0, 1.0);
    }
    if (values.values().isEmpty()) {
      return List.of();
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Value v : values.values()) {
      double x = v.asLong();
      low = Math.min(low, x);
      high = Math.max(high, x);
    }
    return List.of(low, high);
  }

  /** The weight rows of the values a categorical feature can take (a value without a row scores 0). */
  private List<List<Double>> vectors(Map<String, WeightRow> rows, ValueSet values) {
    List<List<Double>> out = new ArrayList<>();
    if (values.known()) {
      List<Double> zero = Collections.nCopies(weights.classes().size(), 0.0);
      for (Value v : values.values()) {
        WeightRow r = rows.get(v.weightsText());
        out.add(r == null ? zero : r.weights());
      }
    } else {
      rows.values().forEach(r -> out.add(r.weights()));
    }
    return out;
  }

  private static boolean differ(double a, double b) {
    return Math.abs(a - b) > TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  private List<CircuitComponent> components(RolePaths paths) {
    List<CircuitComponent> out = new ArrayList<>();
    for (String id : paths.slice()) {
      GraphNode n = graph.node(id).orElseThrow();
      out.add(new CircuitComponent(id, n.kind(), n.layer(), paths.describe(id)));
    }
    out.sort(Comparator.comparingInt(CircuitComponent::layer).thenComparing(c -> order.get(c.id())));
    return out;
  }
}
