package io.tprog.analyzer.words;

import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import io.tprog.analyzer.trace.FeaturePush;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.PythonText;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One traced sentence of an NLP program in terms of its words: each token's contribution to each class score, and for
 * a tagger the provenance of each wrong tag. Computed from the trace's values and the weights file alone.
 */
public final class SentenceScores {
  private final ProgramModel model;
  private final Weights weights;

  public SentenceScores(ProgramModel model) {
    this.model = model;
    this.weights = model.weightsFile().orElseThrow(() -> new IllegalArgumentException("the program's weights file was not read"));
  }

  /**
   * True when the program's classifier pools the positions (a classification program): {@code pooled=True} in its call,
   * or {@code pooled="mean"} in a program converted from the paper's format.
   */
  public static boolean pooled(String source) {
    return source.contains("pooled=True") || source.contains("pooled=\"mean\"");
  }

  /** Each position's weight-row sums per class, and their totals. */
  public TokenContributions contributions(Trace trace) {
    List<String> classes = weights.classes();
    int n = trace.tokens().size();
    double[][] scores = new double[n][classes.size()];
    for (ClassifierFeature f : model.features()) {
      List<Object> values = trace.values().get(f.variable());
      Map<String, WeightRow> rows = weights.rows(f.feature());
      for (int p = 0; values != null && p < Math.min(n, values.size()); p++) {
        Object value = values.get(p);
        WeightRow numeric = rows.get("_");
        WeightRow row = numeric != null && value instanceof Number ? numeric : rows.get(PythonText.of(value));
        if (row == null) {
          continue;
        }
        double times = row == numeric ? ((Number) value).doubleValue() : 1;
        for (int c = 0; c < classes.size(); c++) {
          scores[p][c] += times * row.weights().get(c);
        }
      }
    }
    double[] totals = new double[classes.size()];
    for (double[] s : scores) {
      for (int c = 0; c < totals.length; c++) {
        totals[c] += s[c];
      }
    }
    int best = 0;
    for (int c = 1; c < totals.length; c++) {
      if (totals[c] > totals[best]) {
        best = c;
      }
    }
    return new TokenContributions(classes, trace.tokens(), Arrays.stream(scores).map(s -> Arrays.stream(s).boxed().toList()).toList(),
        Arrays.stream(totals).boxed().toList(), classes.get(best));
  }

  /** Each wrong position of a traced sentence with expected tags, with the features that pushed the wrong tag. */
  public List<WrongTag> wrongTags(Trace trace) {
    List<WrongTag> out = new ArrayList<>();
    for (WrongPosition w : trace.wrong()) {
      int p = w.position();
      List<WrongTag.Push> pushes = new ArrayList<>();
      for (FeaturePush f : w.pushes()) {
        if (f.push() > 0) {
          pushes.add(new WrongTag.Push(f.variable(), f.value(), f.push(), source(trace, f.variable(), p)));
        }
      }
      out.add(new WrongTag(p, trace.tokens().get(p), w.predicted(), w.expected(), pushes));
    }
    return out;
  }

  /** Where {@code variable}'s value at {@code position} came from in this sentence, in one phrase. */
  String source(Trace trace, String variable, int position) {
    Optional<Embedding> embedding = model.embeddings().stream().filter(e -> e.name().equals(variable)).findFirst();
    if (embedding.isPresent()) {
      return switch (embedding.get().kind()) {
        case WORD, TOKENS -> "the word " + word(trace, position) + " here";
        case POSITIONS -> "the position itself";
        case ONES -> "the constant 1";
      };
    }
    Optional<Head> head = model.heads().stream().filter(h -> h.output().equals(variable)).findFirst();
    if (head.isPresent()) {
      Head h = head.get();
      HeadSelection s = trace.head(h.name());
      if (s == null || position >= s.perQuery().size()) {
        return h.name();
      }
      int key = s.perQuery().get(position);
      return h.numerical()
          ? h.name() + " summed " + h.value() + " over " + key + (key == 1 ? " matching key" : " matching keys")
          : h.name() + " copied " + h.value() + " = " + PythonText.of(trace.value(h.value(), key)) + " from position " + key + " (the word " + word(trace, key) + ")";
    }
    Optional<Mlp> mlp = model.mlps().stream().filter(m -> m.output().equals(variable)).findFirst();
    if (mlp.isPresent()) {
      Mlp m = mlp.get();
      return m.name() + " of " + m.inputs().stream().map(i -> i + " = " + PythonText.of(trace.value(i, position))).collect(Collectors.joining(", "));
    }
    return variable;
  }

  private static String word(Trace trace, int position) {
    return position < trace.tokens().size() ? "\"" + trace.tokens().get(position) + "\"" : "?";
  }
}
