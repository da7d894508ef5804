package io.tprog.analyzer.words;

import io.tprog.analyzer.analysis.ValueSetInference;
import io.tprog.analyzer.analysis.ValueSets;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.EmbeddingsTable;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.MlpRow;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.Value;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The classifier of an NLP program read in words (the paper's figure 7). A variable is <em>word-local</em> when its
 * value at a position is a function of the word there alone: a word variable {@code var{v}_embeddings} (its column of
 * the embeddings table) and a categorical MLP whose inputs are all word-local (its table applied to each word's
 * values). For those, the words that give a feature value are exact. A categorical head's output is the value
 * variable at the key position it selected (position 0, {@code <s>}, when none matches), so when the value variable
 * is word-local, the words that hold the value are exactly the words the head can have copied it from; which of them
 * a query selects depends on the sentence and is not claimed. Anything else (a head copying a head, an MLP reading a
 * head, numerical features) is said not to be followed, with the MLP's input tuples that give the value.
 * Feature rows that can never fire (a word-local or copied value no word in the table has, or a value the
 * analyzer's value-set inference excludes) are left out.
 */
public final class WordFeatures {
  /** How many example words a feature lists. */
  public static final int EXAMPLE_WORDS = 8;
  /** How many input tuples of an MLP that is not followed are named. */
  private static final int TUPLES_SHOWN = 6;

  private final ProgramModel model;
  private final Weights weights;
  private final EmbeddingsTable table;
  /** Word-local variable -> each word's value, in table order. */
  private final Map<String, Map<String, Value>> wordValues = new LinkedHashMap<>();
  private final Map<String, String> wordLocalHow = new LinkedHashMap<>();
  private final ValueSets valueSets;

  private WordFeatures(ProgramModel model, Weights weights, EmbeddingsTable table) {
    this.model = model;
    this.weights = weights;
    this.table = table;
    this.valueSets = new ValueSetInference(DataflowGraph.of(model)).infer();
    for (Embedding e : model.embeddings()) {
      int column = table.variables().indexOf(e.name());
      if (e.kind() == Embedding.Kind.WORD && column >= 0) {
        Map<String, Value> values = new LinkedHashMap<>();
        table.words().forEach((word, row) -> values.put(word, Value.of(row[column])));
        wordValues.put(e.name(), values);
        wordLocalHow.put(e.name(), "the words whose " + e.name() + " is %s");
      }
    }
    for (Mlp m : model.mlps()) {
      if (!m.numerical() && !m.opaque() && m.inputs().stream().allMatch(wordValues::containsKey)) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (String word : table.words().keySet()) {
          values.put(word, apply(m, m.inputs().stream().map(i -> wordValues.get(i).get(word)).toList()));
        }
        wordValues.put(m.output(), values);
        wordLocalHow.put(m.output(), "the words whose " + String.join(" and ", m.inputs()) + " " + m.name() + " maps to %s");
      }
    }
  }

  /**
   * The analysis of {@code model}, or empty when it has no word variables, no weights file or no embeddings table
   * (a program that is not an NLP program, or whose files could not be read).
   */
  public static Optional<WordFeatures> of(ProgramModel model) {
    boolean words = model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD);
    if (!words || model.weightsFile().isEmpty() || model.embeddingsFile().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WordFeatures(model, model.weightsFile().get(), model.embeddingsFile().get()));
  }

  /** The classes, in the classifier's column order. */
  public List<String> classes() {
    return weights.classes();
  }

  /** The value an MLP's table gives for {@code key}: the first row covering it, else the default. */
  static Value apply(Mlp m, List<Value> key) {
    for (MlpRow row : m.rows()) {
      if (row.inputs().contains(key)) {
        return row.output();
      }
    }
    return m.defaultOutput();
  }

  /** Where {@code variable}'s value {@code value} (as the weights file writes it) comes from. */
  public FeatureOrigin origin(String variable, String value) {
    if (value.equals("_")) {
      return new FeatureOrigin(FeatureOrigin.Kind.NOT_A_WORD, "a numerical feature: its weight times a count or sum", List.of(), 0);
    }
    if (wordValues.containsKey(variable)) {
      return words(FeatureOrigin.Kind.WORD, String.format(wordLocalHow.get(variable), value), wordValues.get(variable), value);
    }
    Optional<Embedding> embedding = model.embeddings().stream().filter(e -> e.name().equals(variable)).findFirst();
    if (embedding.isPresent()) {
      return switch (embedding.get().kind()) {
        case TOKENS -> new FeatureOrigin(FeatureOrigin.Kind.WORD, "the token itself", List.of(value), 1);
        case POSITIONS -> new FeatureOrigin(FeatureOrigin.Kind.NOT_A_WORD, "the position " + value + " itself", List.of(), 0);
        default -> new FeatureOrigin(FeatureOrigin.Kind.NOT_A_WORD, "a constant", List.of(), 0);
      };
    }
    Optional<Head> head = model.heads().stream().filter(h -> h.output().equals(variable)).findFirst();
    if (head.isPresent() && !head.get().numerical()) {
      Head h = head.get();
      String copies = h.name() + " copies " + h.value() + " from the key position it selects (position 0 when no key matches)";
      if (wordValues.containsKey(h.value())) {
        return words(FeatureOrigin.Kind.ATTENDED_WORD, copies + ": the words there whose " + h.value() + " is " + value,
            wordValues.get(h.value()), value);
      }
      boolean positions = model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.POSITIONS && e.name().equals(h.value()));
      return new FeatureOrigin(positions ? FeatureOrigin.Kind.NOT_A_WORD : FeatureOrigin.Kind.NOT_FOLLOWED,
          copies + (positions ? ": the selected position is " + value : "; " + h.value() + " is not a function of one word, so it is not followed"),
          List.of(), 0);
    }
    Optional<Mlp> mlp = model.mlps().stream().filter(m -> m.output().equals(variable)).findFirst();
    if (mlp.isPresent() && !mlp.get().opaque()) {
      Mlp m = mlp.get();
      List<String> tuples = new ArrayList<>();
      for (MlpRow row : m.rows()) {
        if (row.output().weightsText().equals(value)) {
          row.inputs().forEach(t -> tuples.add("(" + t.stream().map(Value::python).collect(Collectors.joining(", ")) + ")"));
        }
      }
      String given = tuples.isEmpty()
          ? m.name() + " gives " + value + (m.defaultOutput().weightsText().equals(value) ? " by default, for every tuple its rows do not list" : " for no tuple")
          : m.name() + " gives " + value + " for (" + String.join(", ", m.inputs()) + ") in " + String.join(", ", tuples.subList(0, Math.min(TUPLES_SHOWN, tuples.size())))
              + (tuples.size() > TUPLES_SHOWN ? " and " + (tuples.size() - TUPLES_SHOWN) + " more" : "");
      List<String> notLocal = m.inputs().stream().filter(i -> !wordValues.containsKey(i)).distinct().toList();
      return new FeatureOrigin(FeatureOrigin.Kind.NOT_FOLLOWED,
          given + "; " + String.join(" and ", notLocal) + (notLocal.size() == 1 ? " is" : " are") + " not a function of one word, so it is not followed further",
          List.of(), 0);
    }
    return new FeatureOrigin(FeatureOrigin.Kind.NOT_FOLLOWED, variable + " is not followed", List.of(), 0);
  }

  private static FeatureOrigin words(FeatureOrigin.Kind kind, String how, Map<String, Value> values, String value) {
    List<String> all = values.entrySet().stream().filter(e -> e.getValue().weightsText().equals(value)).map(Map.Entry::getKey).toList();
    return new FeatureOrigin(kind, how, all.subList(0, Math.min(EXAMPLE_WORDS, all.size())), all.size());
  }

  /**
   * The {@code limit} features that favour {@code a} over {@code b} most and the {@code limit} that favour {@code b}
   * most, by weight[a] - weight[b].
   *
   * @throws IllegalArgumentException when either is not a class of the program
   */
  public Contrast contrast(String a, String b, int limit) {
    int ia = classIndex(a);
    int ib = classIndex(b);
    List<FeatureWeight> byDifference = ranked(r -> r.weights().get(ia) - r.weights().get(ib));
    List<FeatureWeight> towardB = new ArrayList<>(byDifference);
    java.util.Collections.reverse(towardB);
    return new Contrast(a, b, byDifference.subList(0, Math.min(limit, byDifference.size())).stream().filter(f -> f.score() > 0).toList(),
        towardB.subList(0, Math.min(limit, towardB.size())).stream().filter(f -> f.score() < 0).toList());
  }

  /** The {@code limit} features with the highest weight for {@code label}. */
  public List<FeatureWeight> top(String label, int limit) {
    int c = classIndex(label);
    List<FeatureWeight> all = ranked(r -> r.weights().get(c));
    return all.subList(0, Math.min(limit, all.size()));
  }

  private int classIndex(String label) {
    int i = weights.classes().indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("'" + label + "' is not a class of this program; its classes are " + String.join(", ", weights.classes()));
    }
    return i;
  }

  /** False when value-set inference proves that {@code variable} never holds {@code value} (an unreachable table row). */
  private boolean mayHold(String variable, String value) {
    String node = model.variableOwners().get(variable);
    if (node == null) {
      return true;
    }
    Value v;
    try {
      v = Value.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      v = Value.of(value);
    }
    return valueSets.of(node).mayContain(v);
  }

  /**
   * Every categorical feature row that can fire, highest score first (ties in weights-file order). Numerical rows
   * ({@code ones}, counts) are left out: they are not variable = value features.
   */
  private List<FeatureWeight> ranked(ToDoubleFunction<WeightRow> score) {
    List<FeatureWeight> all = new ArrayList<>();
    for (ClassifierFeature f : model.features()) {
      for (WeightRow r : weights.rows(f.feature()).values()) {
        if (r.numerical()) {
          continue;
        }
        if (!mayHold(f.variable(), r.value())) {
          continue;
        }
        FeatureOrigin origin = origin(f.variable(), r.value());
        boolean traced = origin.kind() == FeatureOrigin.Kind.WORD || origin.kind() == FeatureOrigin.Kind.ATTENDED_WORD;
        if (traced && origin.wordCount() == 0) {
          continue;
        }
        all.add(new FeatureWeight(f.variable(), r.value(), r.weights(), score.applyAsDouble(r), origin));
      }
    }
    all.sort(Comparator.comparingDouble(FeatureWeight::score).reversed());
    return all;
  }
}
