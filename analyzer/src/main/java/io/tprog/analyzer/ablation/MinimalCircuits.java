package io.tprog.analyzer.ablation;

import io.tprog.analyzer.analysis.CircuitFinder;
import io.tprog.analyzer.analysis.CircuitComponent;
import io.tprog.analyzer.analysis.ValueSetInference;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.run.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a minimal circuit per class, greedily: start from the class's static circuit (the components outside it cannot
 * change the class's rank, so they are ablated from the start), then try to drop its components one at a time, least
 * effect alone first, keeping each drop while at least {@link #KEEP} of the positions the program predicts as the
 * class keep that prediction with everything outside the set ablated. Greedy: the set is minimal in that no single
 * further drop passes, not necessarily the smallest such set. The trials run in the plain-Java interpreter when it
 * matches the program ({@link Ablator#predictions}); the result is run in Jython to check it.
 */
public final class MinimalCircuits {
  /** The share of a class's predictions a minimal circuit must keep. */
  public static final double KEEP = 0.995;

  private final Ablator ablator;
  private final CircuitFinder circuits;

  public MinimalCircuits(Ablator ablator) {
    this.ablator = ablator;
    DataflowGraph graph = DataflowGraph.of(ablator.model());
    this.circuits = new CircuitFinder(graph, new ValueSetInference(graph).infer());
  }

  /** The minimal circuit of {@code classLabel} on {@code examples}. */
  public MinimalCircuit find(String classLabel, List<Example> examples, Progress progress) {
    List<String> ablatable = ComponentDefaults.ablatable(ablator.model());
    List<String> staticCircuit =
        circuits.circuit(classLabel).components().stream()
            .map(CircuitComponent::id)
            .filter(id -> ablator.model().head(id).isPresent() || ablator.model().mlp(id).isPresent())
            .toList();
    ClassPositions target = ClassPositions.of(ablator.baseline(examples), classLabel);
    int positions = target.positions();
    Set<String> kept = new LinkedHashSet<>(staticCircuit);
    List<String> candidates = staticCircuit.stream().filter(ablatable::contains).toList();
    progress.at("searching", 0, 2 * candidates.size());
    Map<String, Integer> alone = new HashMap<>();
    for (String c : candidates) {
      alone.put(c, target.kept(ablator.predictions(List.of(c), target.examples(), target.baseline())));
      progress.at("searching", alone.size(), 2 * candidates.size());
    }
    List<String> order = new ArrayList<>(candidates);
    order.sort(Comparator.comparing((String c) -> -alone.get(c)).thenComparing(candidates::indexOf));
    int keptPositions = positions;
    int tried = 0;
    for (String c : order) {
      kept.remove(c);
      int k = target.kept(ablator.predictions(complement(ablatable, kept), target.examples(), target.baseline()));
      if (k >= KEEP * positions) {
        keptPositions = k;
      } else {
        kept.add(c);
      }
      progress.at("searching", candidates.size() + ++tried, 2 * candidates.size());
    }
    List<String> minimal = staticCircuit.stream().filter(kept::contains).toList();
    int keptInJython = target.kept(ablator.evaluate(complement(ablatable, kept), target.examples()).predictions());
    return new MinimalCircuit(classLabel, positions, staticCircuit, minimal, keptPositions, keptInJython);
  }

  private static List<String> complement(List<String> ablatable, Set<String> kept) {
    return ablatable.stream().filter(c -> !kept.contains(c)).toList();
  }
}
