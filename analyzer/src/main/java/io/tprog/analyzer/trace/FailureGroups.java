package io.tprog.analyzer.trace;

import io.tprog.analyzer.program.ProgramModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    Provenance provenance = new Provenance(model);
    Map<String, String> outputs = new HashMap<>();
    model.heads().forEach(h -> outputs.put(h.name(), h.output()));
    model.mlps().forEach(m -> outputs.put(m.name(), m.output()));
    Map<Integer, List<Trace>> passingByLength = new HashMap<>();
    for (Trace t : traces) {
      if (t.wrong().isEmpty() && !t.expected().isEmpty()) {
        passingByLength.computeIfAbsent(t.tokens().size(), n -> new ArrayList<>()).add(t);
      }
    }
    Map<String, List<Failure>> groups = new LinkedHashMap<>();
    for (Trace t : traces) {
      if (t.wrong().isEmpty()) {
        continue;
      }
      int position = t.wrong().get(0).position();
      Trace neighbour = nearest(t, passingByLength.getOrDefault(t.tokens().size(), List.of()));
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
    Trace best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Trace c : candidates) {
      int d = 0;
      for (int i = 0; i < failing.tokens().size() && d < bestDistance; i++) {
        if (!failing.tokens().get(i).equals(c.tokens().get(i))) {
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
