package io.tprog.analyzer.trace;

import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.format.ComponentNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one prediction came from, for one traced input: starting at the classifier's features at that position, a
 * categorical head's value came from the one key position it selected (its query there, its key and value at the
 * selected position), a numerical head's from every key position it matched, an MLP's from its inputs at the same
 * position, down to the input's tokens and positions. Only values the input actually moved are followed, so the
 * heads in the tree are the heads that fed this prediction for this input (static analysis lists every head that
 * could).
 */
public final class Provenance {
  /** Key positions followed per numerical head and query; more are listed in the label but not expanded. */
  static final int MAX_EXPANDED_MATCHES = 8;

  private final ProgramModel model;
  private final Map<String, Head> heads = new LinkedHashMap<>();
  private final Map<String, Mlp> mlps = new LinkedHashMap<>();

  public Provenance(ProgramModel model) {
    this.model = model;
    model.heads().forEach(h -> heads.put(h.output(), h));
    model.mlps().forEach(m -> mlps.put(m.output(), m));
  }

  /** The tree of the prediction at {@code position}: its root is the prediction, its children the features. */
  public ProvenanceStep of(Trace trace, int position) {
    return of(trace, position, null);
  }

  /**
   * The tree of one variable (or, when {@code variable} is null, of the prediction) at {@code position}.
   *
   * @throws IllegalArgumentException when the position is outside the input or the variable is not in the trace
   */
  public ProvenanceStep of(Trace trace, int position, String variable) {
    if (position < 0 || position >= trace.tokens().size()) {
      throw new IllegalArgumentException(
          "position " + position + " is outside the input, which has positions 0 to " + (trace.tokens().size() - 1));
    }
    Set<String> expanded = new HashSet<>();
    if (variable != null) {
      if (!trace.values().containsKey(variable)) {
        throw new IllegalArgumentException("the trace has no variable " + variable);
      }
      return step(trace, variable, position, expanded);
    }
    List<ProvenanceStep> features = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ClassifierFeature f : model.features()) {
      if (seen.add(f.variable()) && trace.values().containsKey(f.variable())) {
        features.add(step(trace, f.variable(), position, expanded));
      }
    }
    String predicted = position < trace.predictions().size() ? trace.predictions().get(position) : "?";
    String expected = position < trace.expected().size() ? trace.expected().get(position) : null;
    String label =
        "prediction at position " + position + ": " + PythonText.of(predicted)
            + (expected == null ? "" : " (expected " + PythonText.of(expected) + ")");
    return new ProvenanceStep(null, null, position, predicted, List.of(), features, false, label);
  }

  /** The heads in a tree, in layer order, each once. */
  public static List<String> headsIn(ProvenanceStep root) {
    Set<String> found = new LinkedHashSet<>();
    collect(root, found, true);
    return found.stream().sorted(componentOrder()).toList();
  }

  /** Every component in a tree with the positions it is used at, components in layer order. */
  public static Map<String, Set<Integer>> componentsIn(ProvenanceStep root) {
    Map<String, Set<Integer>> out = new java.util.TreeMap<>(componentOrder());
    walk(root, s -> {
      if (s.component() != null) {
        out.computeIfAbsent(s.component(), c -> new java.util.TreeSet<>()).add(s.position());
      }
    });
    return out;
  }

  /** Layer first; within a layer heads before MLPs, categorical before numerical, then by index. */
  public static Comparator<String> componentOrder() {
    return Comparator.comparingInt((String c) -> ComponentNames.parse(c).map(ComponentNames.Parsed::layer).orElse(Integer.MAX_VALUE))
        .thenComparingInt(c -> ComponentNames.parse(c).map(p -> (p.head() ? 0 : 2) + (p.numerical() ? 1 : 0)).orElse(4))
        .thenComparingInt(c -> ComponentNames.parse(c).map(ComponentNames.Parsed::index).orElse(0))
        .thenComparing(Comparator.naturalOrder());
  }

  private static void collect(ProvenanceStep s, Set<String> found, boolean headsOnly) {
    if (s.component() != null && (!headsOnly || s.head())) {
      found.add(s.component());
    }
    s.children().forEach(c -> collect(c, found, headsOnly));
  }

  private static void walk(ProvenanceStep s, java.util.function.Consumer<ProvenanceStep> visit) {
    visit.accept(s);
    s.children().forEach(c -> walk(c, visit));
  }

  private ProvenanceStep step(Trace trace, String variable, int position, Set<String> expanded) {
    Object value = trace.value(variable, position);
    String at = variable + "[" + position + "] = " + PythonText.of(value);
    Head head = heads.get(variable);
    Mlp mlp = mlps.get(variable);
    String component = head != null ? head.name() : mlp != null ? mlp.name() : null;
    if (!expanded.add(variable + "@" + position)) {
      return new ProvenanceStep(component, variable, position, value, List.of(), List.of(), true, at + " (see above)");
    }
    if (head != null) {
      HeadSelection selection = trace.head(head.name());
      if (selection == null) {
        return new ProvenanceStep(component, variable, position, value, List.of(), List.of(), false, at + " (" + head.name() + ": selection not traced)");
      }
      List<Integer> keys = selection.matched(position);
      List<ProvenanceStep> children = new ArrayList<>();
      children.add(step(trace, head.query(), position, expanded));
      if (!head.numerical()) {
        int k = keys.isEmpty() ? 0 : keys.get(0);
        children.add(step(trace, head.key(), k, expanded));
        children.add(step(trace, head.value(), k, expanded));
        return new ProvenanceStep(component, variable, position, value, List.of(k), children, false,
            at + " (" + head.name() + " selected position " + k + ")");
      }
      List<Integer> followed = keys.subList(0, Math.min(keys.size(), MAX_EXPANDED_MATCHES));
      for (int k : followed) {
        children.add(step(trace, head.key(), k, expanded));
        if (!head.value().equals("ones")) {
          children.add(step(trace, head.value(), k, expanded));
        }
      }
      String positions =
          keys.isEmpty() ? "no position" : (keys.size() == 1 ? "position " : "positions ") + keys.stream().map(String::valueOf).collect(Collectors.joining(", "));
      String more = keys.size() > followed.size() ? String.format(Locale.ROOT, "; the first %d followed", followed.size()) : "";
      return new ProvenanceStep(component, variable, position, value, keys, children, false,
          at + " (" + head.name() + " matched " + positions + more + ")");
    }
    if (mlp != null) {
      List<ProvenanceStep> children = new ArrayList<>();
      for (String input : new LinkedHashSet<>(mlp.inputs())) {
        if (trace.values().containsKey(input)) {
          children.add(step(trace, input, position, expanded));
        }
      }
      return new ProvenanceStep(component, variable, position, value, List.of(), children, false, at + " (" + mlp.name() + " of its inputs)");
    }
    boolean word = model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD && e.name().equals(variable));
    String label = word && position < trace.tokens().size() ? at + " (the word " + PythonText.of(trace.tokens().get(position)) + ")" : at;
    return new ProvenanceStep(null, variable, position, value, List.of(), List.of(), false, label);
  }
}
