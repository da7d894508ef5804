package io.tprog.analyzer.trace;

import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.run.Evaluation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups misclassified examples by where they go wrong. For each one, the nearest passing example is the passing
 * example of the same length with the fewest differing tokens (the earliest in the data among equals); walking the
 * failing position's provenance in layer order, the first component whose output differs from the neighbour's at a
 * position the path uses is blamed. Groups come biggest first.
 */
public final class FailureGroups {
  /** The group of failures whose every path component agrees with the neighbour: the tokens feed the classifier. */
  public static final String CLASSIFIER = "classifier";
  /** The group of failures with no passing example of the same length to compare with. */
  public static final String NO_NEIGHBOUR = "no passing neighbour";

  private FailureGroups() {}

  /** Groups the failing traces among {@code traces} (traces without expected labels are neither failing nor passing). */
  public static List<FailureGroup> group(ProgramModel model, List<Trace> traces) {
    Map<Integer, List<Trace>> passingByLength = new HashMap<>();
    for (Trace t : traces) {
      if (t.wrong().isEmpty() && !t.expected().isEmpty()) {
        passingByLength.computeIfAbsent(t.tokens().size(), n -> new ArrayList<>()).add(t);
      }
    }
    List<Trace> failing = traces.stream().filter(t -> !t.wrong().isEmpty()).toList();
    return group(model, failing, t -> nearest(t.tokens(), passingByLength.getOrDefault(t.tokens().size(), List.of()), Trace::tokens));
  }

  /**
   * Groups the misclassified examples of {@code evaluation} as {@link #group(ProgramModel, List)} groups their traces,
   * tracing only them and their nearest passing neighbours ({@code trace} traces a list of examples, in order): the
   * neighbour depends on the tokens alone, so the groups are the same, without tracing every passing example.
   */
  public static List<FailureGroup> group(ProgramModel model, Evaluation evaluation, Function<List<Example>, List<Trace>> trace) {
    List<Example> examples = evaluation.examples();
    Map<Integer, List<Integer>> passingByLength = new HashMap<>();
    List<Integer> failingIndexes = new ArrayList<>();
    for (int e = 0; e < examples.size(); e++) {
      if (evaluation.correct(e)) {
        passingByLength.computeIfAbsent(examples.get(e).tokens().size(), n -> new ArrayList<>()).add(e);
      } else {
        failingIndexes.add(e);
      }
    }
    Map<Integer, Integer> neighbourIndex = new HashMap<>();
    java.util.TreeSet<Integer> needed = new java.util.TreeSet<>(failingIndexes);
    for (int f : failingIndexes) {
      List<String> tokens = examples.get(f).tokens();
      Integer n = nearest(tokens, passingByLength.getOrDefault(tokens.size(), List.of()), e -> examples.get(e).tokens());
      if (n != null) {
        neighbourIndex.put(f, n);
        needed.add(n);
      }
    }
    List<Integer> order = List.copyOf(needed);
    List<Trace> traced = trace.apply(order.stream().map(examples::get).toList());
    Map<Integer, Trace> byIndex = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      byIndex.put(order.get(i), traced.get(i));
    }
    Map<Trace, Trace> neighbours = new java.util.IdentityHashMap<>();
    List<Trace> failing = new ArrayList<>();
    for (int f : failingIndexes) {
      Trace t = byIndex.get(f);
      failing.add(t);
      Integer n = neighbourIndex.get(f);
      neighbours.put(t, n == null ? null : byIndex.get(n));
    }
    return group(model, failing.stream().filter(t -> !t.wrong().isEmpty()).toList(), neighbours::get);
  }

  private static List<FailureGroup> group(ProgramModel model, List<Trace> failing, Function<Trace, Trace> neighbourOf) {
    Provenance provenance = new Provenance(model);
    Map<String, String> outputs = new HashMap<>();
    model.heads().forEach(h -> outputs.put(h.name(), h.output()));
    model.mlps().forEach(m -> outputs.put(m.name(), m.output()));
    Map<String, List<Failure>> groups = new LinkedHashMap<>();
    for (Trace t : failing) {
      int position = t.wrong().get(0).position();
      Trace neighbour = neighbourOf.apply(t);
      String blamed = neighbour == null ? NO_NEIGHBOUR : blame(provenance.of(t, position), t, neighbour, outputs);
      groups.computeIfAbsent(blamed, b -> new ArrayList<>()).add(new Failure(t, position, neighbour, blamed));
    }
    List<FailureGroup> out = new ArrayList<>();
    groups.forEach((component, failures) -> out.add(new FailureGroup(component, explain(component), failures)));
    Comparator<String> order = Provenance.componentOrder();
    out.sort(Comparator.comparingInt(FailureGroup::size).reversed().thenComparing(FailureGroup::component, order));
    return out;
  }

  static Trace nearest(Trace failing, List<Trace> candidates) {
    return nearest(failing.tokens(), candidates, Trace::tokens);
  }

  /** The candidate with the fewest tokens differing from {@code failing}'s (the first among equals), or null. */
  static <T> T nearest(List<String> failing, List<T> candidates, Function<T, List<String>> tokensOf) {
    T best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (T c : candidates) {
      List<String> tokens = tokensOf.apply(c);
      int d = 0;
      for (int i = 0; i < failing.size() && d < bestDistance; i++) {
        if (!failing.get(i).equals(tokens.get(i))) {
          d++;
        }
      }
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  private static String blame(ProvenanceStep root, Trace failing, Trace neighbour, Map<String, String> outputs) {
    for (Map.Entry<String, Set<Integer>> e : Provenance.componentsIn(root).entrySet()) {
      String variable = outputs.get(e.getKey());
      if (variable == null) {
        continue;
      }
      for (int p : e.getValue()) {
        if (!Objects.equals(failing.value(variable, p), neighbour.value(variable, p))) {
          return e.getKey();
        }
      }
    }
    return CLASSIFIER;
  }

  private static String explain(String component) {
    return switch (component) {
      case CLASSIFIER -> "every component on the path agrees with the nearest passing example; the input tokens themselves, read by the classifier, make the difference";
      case NO_NEIGHBOUR -> "no passing example has the same length to compare with";
      default -> "the first component on the path whose output differs from the nearest passing example's";
    };
  }
}
