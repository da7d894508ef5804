package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.Value;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Value-set inference over the dataflow graph, in program order (analysis.md): tokens take the vocabulary and
 * positions {@code 0..n-1} (both read from the classifier's rows for them in the weights file), {@code ones} is 1, a
 * word embedding the values of its column in the embeddings table,
 * a categorical head's output takes the values of its value variable (position 0's value when it never matches), a numerical head's output the sums over at
 * most {@code n} positions of its value variable (0 only when its predicate never matches), an MLP's output the
 * outputs of the rows its input value sets can reach, plus its default when some input combination falls through.
 */
public final class ValueSetInference {
  /** Numerical value sets larger than this are left unknown rather than enumerated. */
  private static final int NUMERICAL_LIMIT = 100_000;

  private final DataflowGraph graph;

  public ValueSetInference(DataflowGraph graph) {
    this.graph = graph;
  }

  public ValueSets infer() {
    ProgramModel model = graph.model();
    Map<String, ValueSet> sets = new HashMap<>();
    Map<String, String> featureOfVariable = new HashMap<>();
    for (ClassifierFeature f : model.features()) {
      featureOfVariable.putIfAbsent(f.variable(), f.feature());
    }
    Map<String, Head> heads = new HashMap<>();
    model.heads().forEach(h -> heads.put(h.name(), h));
    Map<String, Mlp> mlps = new HashMap<>();
    model.mlps().forEach(m -> mlps.put(m.name(), m));
    Map<String, Embedding> embeddings = new HashMap<>();
    model.embeddings().forEach(e -> embeddings.put(e.name(), e));

    ValueSet positions = ValueSet.unknown();
    for (Embedding e : model.embeddings()) {
      if (e.kind() == Embedding.Kind.POSITIONS) {
        positions = fromWeights(model.weights(), featureOfVariable.getOrDefault(e.name(), e.name()), false);
      }
    }
    int maxLength = positions.known() ? positions.values().size() : 0;

    for (GraphNode n : graph.nodes()) {
      String id = n.id();
      ValueSet set;
      if (embeddings.containsKey(id)) {
        Embedding e = embeddings.get(id);
        String feature = featureOfVariable.getOrDefault(e.name(), e.name());
        set =
            switch (e.kind()) {
              case ONES -> ValueSet.of(List.of(Value.of(1)));
              case POSITIONS -> positions;
              case TOKENS -> fromWeights(model.weights(), feature, true);
              case WORD -> word(model, e, feature);
            };
      } else if (heads.containsKey(id)) {
        set = head(heads.get(id), sets, maxLength);
      } else if (mlps.containsKey(id)) {
        set = mlp(mlps.get(id), sets);
      } else {
        set = ValueSet.unknown();
      }
      if (n.variable() != null) {
        sets.put(id, set);
      }
    }
    return new ValueSets(new TreeMap<>(sets), maxLength);
  }

  private ValueSet input(String variable, Map<String, ValueSet> sets) {
    return graph.nodeOfVariable(variable).map(sets::get).orElse(ValueSet.unknown());
  }

  private ValueSet head(Head h, Map<String, ValueSet> sets, int maxLength) {
    ValueSet query = input(h.query(), sets);
    ValueSet key = input(h.key(), sets);
    ValueSet value = input(h.value(), sets);
    boolean never = TableReachability.neverMatches(h.predicate(), query, key);
    if (!h.numerical()) {
      // A head that never matches attends to position 0, where the positions variable is 0.
      boolean fromPositions =
          graph.model().embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.POSITIONS && e.name().equals(h.value()));
      return never && fromPositions ? ValueSet.of(List.of(Value.of(0))) : value;
    }
    if (never) {
      return ValueSet.of(List.of(Value.of(0)));
    }
    if (!value.known() || maxLength == 0 || !value.values().stream().allMatch(Value::isNumber)) {
      return ValueSet.unknown();
    }
    // Sums of the value over any 0..n matching positions.
    Set<Long> all = new HashSet<>(List.of(0L));
    Set<Long> current = new HashSet<>(List.of(0L));
    for (int k = 1; k <= maxLength; k++) {
      Set<Long> next = new HashSet<>();
      for (long c : current) {
        for (Value v : value.values()) {
          next.add(c + v.asLong());
        }
      }
      current = next;
      all.addAll(next);
      if (all.size() > NUMERICAL_LIMIT) {
        return ValueSet.unknown();
      }
    }
    List<Value> values = new ArrayList<>();
    all.forEach(s -> values.add(Value.of(s)));
    return ValueSet.of(values);
  }

  private ValueSet mlp(Mlp m, Map<String, ValueSet> sets) {
    if (m.opaque()) {
      return ValueSet.unknown();
    }
    List<ValueSet> inputs = m.inputs().stream().map(v -> input(v, sets)).toList();
    TableReachability.TableState state = TableReachability.rows(m, inputs);
    List<Value> outputs = new ArrayList<>();
    for (int r = 0; r < m.rows().size(); r++) {
      if (state.rowReachable().get(r)) {
        outputs.add(m.rows().get(r).output());
      }
    }
    if (state.defaultReachable() && m.defaultOutput() != null) {
      outputs.add(m.defaultOutput());
    }
    return ValueSet.of(outputs);
  }

  /**
   * A word embedding takes every value some word of the embeddings table has; without a table, the values its weight
   * rows list.
   */
  private static ValueSet word(ProgramModel model, Embedding e, String feature) {
    var table = model.embeddingsFile().map(t -> t.values(e.name())).orElse(new java.util.TreeSet<>());
    if (table.isEmpty()) {
      return fromWeights(model.weights(), feature, false);
    }
    return ValueSet.of(table.stream().map(e::valueOf).toList());
  }

  /** The values the weights file lists for a feature: strings for tokens, integers where every value is one. */
  private static ValueSet fromWeights(Weights weights, String feature, boolean strings) {
    if (weights == null || weights.rows(feature).isEmpty()) {
      return ValueSet.unknown();
    }
    List<Value> values = new ArrayList<>();
    boolean integers = !strings && weights.rows(feature).keySet().stream().allMatch(t -> t.matches("-?\\d+"));
    // The reference format writes enum members by their str(), Emb0.V04.
    boolean members = !strings && weights.rows(feature).keySet().stream().allMatch(t -> t.matches("[A-Za-z_]\\w*\\.[A-Za-z_]\\w*"));
    for (WeightRow r : weights.rows(feature).values()) {
      values.add(integers ? Value.of(Long.parseLong(r.value())) : members ? Value.member(r.value()) : Value.of(r.value()));
    }
    return ValueSet.of(values);
  }
}
