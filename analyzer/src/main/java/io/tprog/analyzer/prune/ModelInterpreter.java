package io.tprog.analyzer.prune;

import io.tprog.analyzer.ablation.ProgramSource;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.MlpRow;
import io.tprog.analyzer.program.PredicateBranch;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.Value;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import io.tprog.analyzer.words.SentenceScores;
import io.tprog.format.ComponentNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plain-Java evaluator of a recognised program (this project's format), for searching which components can be
 * pruned without paying Jython for every trial: the classifier's choice per position with any set of components
 * replaced by their defaults. It follows program-format.md's helpers (the selection rule, sums, tables, first
 * highest class) but not the lines after the classifier (such as boundary tokens answering with themselves), so it
 * can only see more changes than the program, never fewer; the pruner runs the final program in Jython anyway.
 * {@link #of} declines programs it cannot follow exactly: another format, statements a user added, opaque
 * predicates or tables, word embeddings, pooled classification, or no weights file.
 */
public final class ModelInterpreter {
  private final ProgramModel model;
  private final Map<String, Boolean> causal;
  private final Weights weights;
  private final List<String> classes;

  /** The paper's {@code select_closest}: position 0 when no match other than position 0 ... */
  private static final java.util.regex.Pattern PAPER_FALLBACK =
      java.util.regex.Pattern.compile("if not \\(?any\\((\\w+)\\)\\)?: \\w+\\[i\\]\\[0\\] = True");
  /** ... else the first nearest match, the query's own position counting as far as the number of matches. */
  private static final java.util.regex.Pattern PAPER_NEAREST =
      java.util.regex.Pattern.compile("min\\((\\w+), key=lambda (\\w+): len\\(\\1\\) if \\2 == i else abs\\(i - \\2\\)\\)");

  /** Whether heads select as the paper's released programs do (see {@link #forReference}). */
  private final boolean paperSelection;

  private ModelInterpreter(ProgramModel model, Map<String, Boolean> causal, Weights weights, boolean paperSelection) {
    this.model = model;
    this.causal = causal;
    this.weights = weights;
    this.classes = weights.classes();
    this.paperSelection = paperSelection;
  }

  /**
   * An interpreter of a reference-format program (the paper's released style), to check a conversion without pandas:
   * its heads select as the paper's {@code select_closest} does (among the matching keys the nearest, the earlier at
   * equal distance, the query's own position counting as far as the number of matches; position 0 when nothing but
   * position 0 matches), its word variables come from its embeddings table (a word the table lacks reads the row of
   * {@code <unk>}), and a predicate falling through every branch does not match. Empty when its
   * {@code select_closest} is not written as the paper's (its {@code source} is checked for the paper's two rules),
   * or it has predicates or tables that were not read, numerical heads, statements of its own, no weights, or word
   * variables without a table.
   */
  public static Optional<ModelInterpreter> forReference(ProgramModel model, String source) {
    String flat = source.replaceAll("\\s+", " ");
    if (!PAPER_FALLBACK.matcher(flat).find() || !PAPER_NEAREST.matcher(flat).find()) {
      return Optional.empty();
    }
    boolean words = model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD);
    boolean frames = model.extras().stream().allMatch(x -> x.defines() != null && (x.defines().equals("embed_df") || x.defines().equals("embeddings")));
    if (model.format() != ProgramFormat.REFERENCE || model.weightsFile().isEmpty() || !frames
        || (words && model.embeddingsFile().isEmpty())
        || model.heads().stream().anyMatch(h -> h.predicate().opaque() || h.numerical())
        || model.mlps().stream().anyMatch(Mlp::opaque)) {
      return Optional.empty();
    }
    Map<String, Boolean> causal = new HashMap<>();
    model.heads().forEach(h -> causal.put(h.name(), false));
    return Optional.of(new ModelInterpreter(model, causal, model.weightsFile().get(), true));
  }

  /** An interpreter of {@code model}, or empty when the program has something it cannot follow exactly. */
  public static Optional<ModelInterpreter> of(Path program, String source, ProgramModel model) {
    if (model.format() != ProgramFormat.TPROG || !model.extras().isEmpty() || model.weightsFile().isEmpty()
        || SentenceScores.pooled(source)) {
      return Optional.empty();
    }
    if (model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD)
        || model.heads().stream().anyMatch(h -> h.predicate().opaque())
        || model.mlps().stream().anyMatch(Mlp::opaque)) {
      return Optional.empty();
    }
    ProgramSource text = new ProgramSource(program, source);
    Map<String, Boolean> causal = new HashMap<>();
    for (Head h : model.heads()) {
      var pattern = text.assignment(ComponentNames.pattern(h.name()));
      if (pattern.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder call = new StringBuilder();
      for (int l = pattern.get().range().line(); l <= pattern.get().range().endLine(); l++) {
        call.append(text.line(l));
      }
      causal.put(h.name(), call.toString().contains("causal=True"));
    }
    return Optional.of(new ModelInterpreter(model, causal, model.weightsFile().get(), false));
  }

  /** The class index the classifier picks at each position of {@code tokens}, with {@code ablated} at their defaults. */
  public int[] classify(List<String> tokens, Set<String> ablated) {
    return classify(tokens, ablated, null);
  }

  /**
   * {@link #classify(List, Set)}, adding to {@code taken} (when not null) the line of every predicate branch and
   * table row that answered.
   */
  int[] classify(List<String> tokens, Set<String> ablated, Set<Integer> taken) {
    double[][] scores = scores(tokens, ablated, taken);
    int[] chosen = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      chosen[i] = argmax(scores[i]);
    }
    return chosen;
  }

  /** The class of the mean of every position's scores (a pooled classifier's choice). */
  public int classifyPooled(List<String> tokens) {
    double[][] scores = scores(tokens, Set.of(), null);
    double[] mean = new double[classes.size()];
    for (double[] row : scores) {
      for (int c = 0; c < mean.length; c++) {
        mean[c] += row[c];
      }
    }
    for (int c = 0; c < mean.length; c++) {
      mean[c] /= scores.length;
    }
    return argmax(mean);
  }

  /** The class labels in classifier order. */
  public List<String> classes() {
    return classes;
  }

  /** The first index of the highest score. */
  private static int argmax(double[] score) {
    int best = 0;
    for (int c = 1; c < score.length; c++) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    return best;
  }

  private double[][] scores(List<String> tokens, Set<String> ablated, Set<Integer> taken) {
    int n = tokens.size();
    Map<String, Value[]> vars = new HashMap<>();
    for (Embedding e : model.embeddings()) {
      Value[] v = new Value[n];
      for (int i = 0; i < n; i++) {
        v[i] = switch (e.kind()) {
          case TOKENS -> Value.of(tokens.get(i));
          case POSITIONS -> Value.of(i);
          case ONES -> Value.of(1);
          case WORD -> word(e, tokens.get(i));
        };
      }
      vars.put(e.name(), v);
    }
    List<Object> order = new ArrayList<>();
    order.addAll(model.heads());
    order.addAll(model.mlps());
    order.sort(java.util.Comparator.comparingInt(c -> c instanceof Head h ? h.line() : ((Mlp) c).line()));
    for (Object c : order) {
      if (c instanceof Head h) {
        vars.put(h.output(), ablated.contains(h.name()) ? headDefault(h, vars, n) : head(h, vars, n, taken));
      } else {
        Mlp m = (Mlp) c;
        vars.put(m.output(), ablated.contains(m.name()) ? constant(m.defaultOutput(), n) : mlp(m, vars, n, taken));
      }
    }
    double[][] scores = new double[n][classes.size()];
    for (ClassifierFeature f : model.features()) {
      Value[] values = vars.get(f.variable());
      Map<String, WeightRow> rows = weights.rows(f.feature());
      boolean numerical = weights.numerical(f.feature());
      for (int i = 0; i < n; i++) {
        if (numerical) {
          List<Double> w = rows.get("_").weights();
          double x = values[i].asLong();
          for (int c = 0; c < w.size(); c++) {
            scores[i][c] += w.get(c) * x;
          }
        } else {
          WeightRow row = rows.get(values[i].weightsText());
          if (row == null) {
            throw new IllegalStateException(f.feature() + " has no weight row for " + values[i].weightsText());
          }
          List<Double> w = row.weights();
          for (int c = 0; c < w.size(); c++) {
            scores[i][c] += w.get(c);
          }
        }
      }
    }
    return scores;
  }

  /** A word variable's value for a token: its row of the embeddings table, or {@code <unk>}'s. */
  private Value word(Embedding e, String token) {
    var table = model.embeddingsFile().orElseThrow();
    int[] row = table.words().get(token);
    if (row == null) {
      row = table.words().get("<unk>");
    }
    if (row == null) {
      throw new IllegalArgumentException("the embeddings table " + table.file() + " has no row for '" + token + "' and none for <unk>");
    }
    return e.valueOf(row[table.variables().indexOf(e.name())]);
  }

  private Value[] head(Head h, Map<String, Value[]> vars, int n, Set<Integer> taken) {
    Value[] q = vars.get(h.query());
    Value[] k = vars.get(h.key());
    Value[] v = vars.get(h.value());
    boolean isCausal = causal.get(h.name());
    Value[] out = new Value[n];
    for (int i = 0; i < n; i++) {
      int last = isCausal ? i : n - 1;
      if (h.numerical()) {
        long sum = 0;
        for (int j = 0; j <= last; j++) {
          if (matches(h, q[i], k[j], taken)) {
            sum += v[j].asLong();
          }
        }
        out[i] = Value.of(sum);
      } else if (paperSelection) {
        List<Integer> matches = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          if (matches(h, q[i], k[j], taken)) {
            matches.add(j);
          }
        }
        int best = 0;
        if (matches.stream().anyMatch(j -> j != 0)) {
          best = matches.get(0);
          for (int j : matches) {
            if (paperDistance(i, j, matches.size()) < paperDistance(i, best, matches.size())) {
              best = j;
            }
          }
        }
        out[i] = v[best];
      } else {
        int best = -1;
        for (int j = 0; j <= last; j++) {
          if (j != i && matches(h, q[i], k[j], taken) && (best < 0 || Math.abs(i - j) < Math.abs(i - best))) {
            best = j;
          }
        }
        if (best < 0) {
          best = matches(h, q[i], k[i], taken) ? i : 0;
        }
        out[i] = v[best];
      }
    }
    return out;
  }

  /** How far the paper's selection counts key {@code j} from query {@code i}: its own position as the number of matches. */
  private static int paperDistance(int i, int j, int matchCount) {
    return j == i ? matchCount : Math.abs(i - j);
  }

  private static boolean matches(Head h, Value query, Value key, Set<Integer> taken) {
    for (PredicateBranch b : h.predicate().branches()) {
      if (b.otherwise() || b.queryValues().contains(query)) {
        if (taken != null) {
          taken.add(b.line());
        }
        return switch (b.match()) {
          case EQUALS -> b.keyValue().equals(key);
          case NEVER -> false;
          case ALWAYS -> true;
        };
      }
    }
    return false;
  }

  private static Value[] headDefault(Head h, Map<String, Value[]> vars, int n) {
    return h.numerical() ? constant(Value.of(0), n) : constant(vars.get(h.value())[0], n);
  }

  private Value[] mlp(Mlp m, Map<String, Value[]> vars, int n, Set<Integer> taken) {
    List<Value[]> inputs = m.inputs().stream().map(vars::get).toList();
    Map<List<Value>, MlpRow> table = tables.computeIfAbsent(m.name(), name -> table(m));
    Value[] out = new Value[n];
    for (int i = 0; i < n; i++) {
      List<Value> key = new ArrayList<>(inputs.size());
      for (Value[] in : inputs) {
        key.add(in[i]);
      }
      MlpRow row = table.get(key);
      if (row != null && taken != null) {
        taken.add(row.line());
      }
      out[i] = row == null ? m.defaultOutput() : row.output();
    }
    return out;
  }

  private final Map<String, Map<List<Value>, MlpRow>> tables = new HashMap<>();

  private static Map<List<Value>, MlpRow> table(Mlp m) {
    Map<List<Value>, MlpRow> t = new HashMap<>();
    Set<List<Value>> seen = new HashSet<>();
    for (MlpRow r : m.rows()) {
      for (List<Value> in : r.inputs()) {
        if (seen.add(in)) {
          t.put(in, r);
        }
      }
    }
    return t;
  }

  private static Value[] constant(Value value, int n) {
    Value[] out = new Value[n];
    java.util.Arrays.fill(out, value);
    return out;
  }
}
