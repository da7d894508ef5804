package io.tprog.analyzer.ablation;

import java.util.List;

/**
 * The smallest set of components found (greedily) that keeps one class's predictions: with every other head and MLP
 * ablated, at least {@link MinimalCircuits#KEEP} of the {@code positions} the program predicts as the class are still
 * predicted as it. {@code staticCircuit} is the class's static circuit (its heads and MLPs); {@code kept} counts the
 * positions kept by the search, {@code keptInJython} by the program itself run in Jython with the complement ablated.
 */
public record MinimalCircuit(
    String classLabel, int positions, List<String> staticCircuit, List<String> components, int kept, int keptInJython) {
  public MinimalCircuit {
    staticCircuit = List.copyOf(staticCircuit);
    components = List.copyOf(components);
  }

  /** The share of the class's positions the program run in Jython keeps (1 when there are none). */
  public double keptShareInJython() {
    return positions == 0 ? 1.0 : (double) keptInJython / positions;
  }

  /** Whether the Jython run keeps at least {@link MinimalCircuits#KEEP} of the class's positions. */
  public boolean verified() {
    return keptShareInJython() >= MinimalCircuits.KEEP;
  }
}
