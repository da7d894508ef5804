package io.tprog.learner.program;

import io.tprog.format.ComponentNames;
import io.tprog.learner.data.SpecialTokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntBinaryOperator;

/**
 * Evaluates a program in plain Java, exactly as its emitted Python does: heads select with {@link SelectionRule},
 * numerical heads sum, MLPs look up, and the classifier adds weight rows in feature order (the same order of
 * floating-point additions as the Python helper, so both pick the same class). This is the reference the TensorFlow
 * model's argmax mode and the emitted program must agree with. An evaluator is immutable and may be shared.
 */
public final class ProgramEvaluator {
  private final Program program;
  private final int varCount;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final boolean[] numeric;
  private final List<Step> steps = new ArrayList<>();
  private final int[] featureVariables;
  private final int[] featureRows;
  private final double[][] weights;
  private final int classCount;
  private final boolean causal;
  private final int bosSlot;
  private final int eosSlot;

  private interface Step {
    void run(int[][] values, Map<String, int[]> selected, int length);
  }

  public ProgramEvaluator(Program program) {
    this.program = program;
    this.causal = program.config().causal();
    List<String> all = new ArrayList<>(program.categoricalVariables());
    all.addAll(program.numericalVariables());
    varCount = all.size();
    numeric = new boolean[varCount];
    for (String name : all) {
      numeric[names.size()] = program.isNumerical(name);
      index.put(name, names.size());
      names.add(name);
    }
    for (int layer = 0; layer < program.config().shape().layers(); layer++) {
      addLayer(layer);
    }
    List<String> features = program.classifier().featureNames();
    featureVariables = new int[features.size()];
    featureRows = new int[features.size()];
    for (int f = 0; f < features.size(); f++) {
      featureVariables[f] = index.get(features.get(f));
      featureRows[f] = program.featureRow(features.get(f));
    }
    weights = program.classifier().weights();
    classCount = program.classes().size();
    bosSlot = program.marksBoundaries() ? program.tokenSlot("<s>") : -1;
    eosSlot = program.marksBoundaries() ? program.tokenSlot("</s>") : -1;
  }

  private void addLayer(int layer) {
    for (CatHead head : program.catHeads()) {
      if (head.layer() == layer) {
        Wiring w = wiring(head.query(), head.key(), head.value(), head.name());
        int[] predicate = head.predicate();
        String name = head.name();
        steps.add((values, selected, length) -> {
          int[] chosen = SelectionRule.select(values[w.query()], values[w.key()], predicate, causal);
          int[] result = new int[length];
          for (int i = 0; i < length; i++) {
            result[i] = values[w.value()][chosen[i]];
          }
          values[w.out()] = result;
          if (selected != null) {
            selected.put(name, chosen);
          }
        });
      }
    }
    for (NumHead head : program.numHeads()) {
      if (head.layer() == layer) {
        Wiring w = wiring(head.query(), head.key(), head.value(), head.name());
        int[] predicate = head.predicate();
        steps.add((values, selected, length) -> {
          int[] result = new int[length];
          for (int i = 0; i < length; i++) {
            int wanted = predicate[values[w.query()][i]];
            int last = causal ? i : length - 1;
            int sum = 0;
            for (int j = 0; j <= last; j++) {
              if (values[w.key()][j] == wanted) {
                sum += values[w.value()][j];
              }
            }
            result[i] = sum;
          }
          values[w.out()] = result;
        });
      }
    }
    for (CatMlp mlp : program.catMlps()) {
      if (mlp.layer() == layer) {
        addMlp(mlp.name(), mlp.inputA(), mlp.inputB(), mlp::output);
      }
    }
    for (NumMlp mlp : program.numMlps()) {
      if (mlp.layer() == layer) {
        addMlp(mlp.name(), mlp.inputA(), mlp.inputB(), mlp::output);
      }
    }
  }

  /** Where a head reads its query, key and value and writes its output: indices into the variables' values. */
  private record Wiring(int query, int key, int value, int out) {}

  private Wiring wiring(String query, String key, String value, String out) {
    return new Wiring(index.get(query), index.get(key), index.get(value), index.get(out));
  }

  /** An MLP's step: {@code output} of its two inputs at each position (a categorical or a numerical MLP's table). */
  private void addMlp(String name, String inputA, String inputB, IntBinaryOperator output) {
    int a = index.get(inputA);
    int b = index.get(inputB);
    int out = index.get(name);
    steps.add((values, selected, length) -> {
      int[] result = new int[length];
      for (int i = 0; i < length; i++) {
        result[i] = output.applyAsInt(values[a][i], values[b][i]);
      }
      values[out] = result;
    });
  }

  public Program program() {
    return program;
  }

  /** Evaluates the program on a token list and keeps every variable. */
  public Evaluation evaluate(List<String> tokens) {
    int[] slots = slots(tokens);
    Map<String, int[]> selected = new HashMap<>();
    int[][] values = compute(slots, selected);
    Map<String, int[]> categorical = new HashMap<>();
    Map<String, int[]> numerical = new HashMap<>();
    for (int v = 0; v < varCount; v++) {
      (numeric[v] ? numerical : categorical).put(names.get(v), values[v]);
    }
    return new Evaluation(tokens, categorical, numerical, selected, classify(values, slots));
  }

  /**
   * The program's predictions for a token list: one label per position (a pooled program: its class at position 0 and
   * {@code <pad>} elsewhere).
   */
  public List<String> predict(List<String> tokens) {
    int[] slots = slots(tokens);
    return classify(compute(slots, null), slots);
  }

  /** The program's predictions for token slots (indices into the vocabulary). */
  public List<String> predictSlots(int[] tokenSlots) {
    checkLength(tokenSlots.length);
    for (int slot : tokenSlots) {
      if (slot < 0 || slot >= program.vocabulary().size()) {
        throw new IllegalArgumentException("Token slot " + slot + " is outside the vocabulary of " + program.vocabulary().size() + " tokens.");
      }
    }
    return classify(compute(tokenSlots, null), tokenSlots);
  }

  private int[] slots(List<String> tokens) {
    checkLength(tokens.size());
    int[] slots = new int[tokens.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = program.tokenSlot(tokens.get(i));
      if (slots[i] < 0) {
        throw new IllegalArgumentException(
            "Token " + tokens.get(i) + " at position " + i + " is not in the program's vocabulary " + program.vocabulary() + ".");
      }
    }
    return slots;
  }

  private void checkLength(int length) {
    if (length < 1 || length > program.config().shape().maxLength()) {
      throw new IllegalArgumentException(
          "An input of " + length + " tokens is outside the program's lengths 1.." + program.config().shape().maxLength() + ".");
    }
  }

  private int[][] compute(int[] tokenSlots, Map<String, int[]> selected) {
    int length = tokenSlots.length;
    int[][] values = new int[varCount][];
    Optional<WordEmbeddings> embeddings = program.embeddings();
    if (embeddings.isEmpty()) {
      values[index.get("tokens")] = tokenSlots.clone();
    } else {
      for (int v = 0; v < embeddings.get().variables(); v++) {
        int[] word = new int[length];
        for (int i = 0; i < length; i++) {
          word[i] = embeddings.get().values()[tokenSlots[i]][v];
        }
        values[index.get(ComponentNames.wordVariable(v))] = word;
      }
    }
    int[] positions = new int[length];
    int[] ones = new int[length];
    for (int i = 0; i < length; i++) {
      positions[i] = i;
      ones[i] = 1;
    }
    values[index.get("positions")] = positions;
    values[index.get("ones")] = ones;
    for (Step step : steps) {
      step.run(values, selected, length);
    }
    return values;
  }

  private List<String> classify(int[][] values, int[] tokenSlots) {
    int length = tokenSlots.length;
    double[][] scores = new double[length][classCount];
    for (int f = 0; f < featureVariables.length; f++) {
      int[] feature = values[featureVariables[f]];
      boolean isNumeric = numeric[featureVariables[f]];
      for (int i = 0; i < length; i++) {
        double[] row = weights[isNumeric ? featureRows[f] : featureRows[f] + feature[i]];
        double[] score = scores[i];
        if (isNumeric) {
          double value = feature[i];
          for (int c = 0; c < classCount; c++) {
            score[c] += row[c] * value;
          }
        } else {
          for (int c = 0; c < classCount; c++) {
            score[c] += row[c];
          }
        }
      }
    }
    List<String> classes = program.classes();
    if (program.config().pooled()) {
      double[] total = new double[classCount];
      for (double[] score : scores) {
        for (int c = 0; c < classCount; c++) {
          total[c] += score[c];
        }
      }
      List<String> labels = new ArrayList<>(Collections.nCopies(length, SpecialTokens.PAD));
      labels.set(0, classes.get(argmax(total)));
      return labels;
    }
    List<String> predictions = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      int slot = tokenSlots[i];
      if (slot == bosSlot && slot >= 0) {
        predictions.add("<s>");
      } else if (slot == eosSlot && slot >= 0) {
        predictions.add("</s>");
      } else {
        predictions.add(classes.get(argmax(scores[i])));
      }
    }
    return predictions;
  }

  private static int argmax(double[] scores) {
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }
}
