package io.tprog.learner.model;

import io.tprog.format.ComponentNames;
import io.tprog.learner.program.CatHead;
import io.tprog.learner.program.CatMlp;
import io.tprog.learner.program.Classifier;
import io.tprog.learner.program.NumHead;
import io.tprog.learner.program.NumMlp;
import io.tprog.learner.program.Program;
import io.tprog.learner.program.WordEmbeddings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a trained model into a {@link Program} by taking the argmax of every choice, exactly as the model's hard pass
 * does (first maximum wins, like TensorFlow's ArgMax): each read picks one variable, each predicate row one key slot,
 * each MLP becomes a table over every input it can receive, and the classifier keeps its weights minus the masked
 * class columns.
 */
public final class Discretiser {
  private final TransformerProgramModel model;
  private final ModelConfig config;
  private final Map<String, float[]> parameters;
  /** Number of slots each categorical variable can hold (its domain size). */
  private final Map<String, Integer> domainSizes = new HashMap<>();
  /** Inclusive value range of each numerical variable. */
  private final Map<String, int[]> ranges = new HashMap<>();

  public Discretiser(TransformerProgramModel model) {
    this.model = model;
    this.config = model.config();
    this.parameters = model.parameterValues();
  }

  /** The program of the model's current parameters, for the named task. */
  public Program discretise(String task) {
    return discretise(task, false);
  }

  /**
   * The program of the model's current parameters, for the named task; with factored word embeddings, each word's
   * value of each variable is the argmax of its logits, and the program replaces digit runs when
   * {@code replaceDigits}.
   */
  public Program discretise(String task, boolean replaceDigits) {
    int k = config.varSize();
    int n = config.maxLength();
    WordEmbeddings embeddings = null;
    if (config.factored()) {
      int words = config.vocabulary().size();
      int[][] values = new int[words][config.wordVariables()];
      for (int v = 0; v < config.wordVariables(); v++) {
        float[] logits = parameters.get(ComponentNames.wordVariable(v));
        for (int w = 0; w < words; w++) {
          values[w][v] = argMax(logits, w * k, k);
        }
        domainSizes.put(ComponentNames.wordVariable(v), k);
      }
      embeddings = new WordEmbeddings(replaceDigits, values);
    } else {
      domainSizes.put("tokens", config.vocabulary().size());
    }
    domainSizes.put("positions", n);
    ranges.put("ones", new int[] {1, 1});
    List<CatHead> catHeads = new ArrayList<>();
    List<NumHead> numHeads = new ArrayList<>();
    List<CatMlp> catMlps = new ArrayList<>();
    List<NumMlp> numMlps = new ArrayList<>();
    for (ModuleSpec m : model.modules()) {
      String name = m.name();
      switch (m.kind()) {
        case CAT_HEAD -> {
          String query = pick(name + ".query", m.categorical());
          String key = pick(name + ".key", m.categorical());
          String value = pick(name + ".value", m.categorical());
          catHeads.add(new CatHead(m.layer(), m.index(), query, key, value, predicate(name, key)));
          domainSizes.put(name, domainSizes.get(value));
        }
        case NUM_HEAD -> {
          String query = pick(name + ".query", m.categorical());
          String key = pick(name + ".key", m.categorical());
          String value = pick(name + ".value", m.numerical());
          numHeads.add(new NumHead(m.layer(), m.index(), query, key, value, predicate(name, key)));
          int[] range = ranges.get(value);
          ranges.put(name, new int[] {Math.min(0, n * range[0]), Math.max(0, n * range[1])});
        }
        case CAT_MLP -> {
          String a = pick(name + ".input_a", m.categorical());
          String b = pick(name + ".input_b", m.categorical());
          int[][] table = new int[k][k];
          for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
              float[] input = new float[2 * k];
              input[x] = 1f;
              input[k + y] = 1f;
              table[x][y] = mlpArgMax(name, input);
            }
          }
          catMlps.add(new CatMlp(m.layer(), m.index(), a, b, table));
          domainSizes.put(name, k);
        }
        case NUM_MLP -> {
          String a = pick(name + ".input_a", m.numerical());
          String b = pick(name + ".input_b", m.numerical());
          int[] ra = ranges.get(a);
          int[] rb = ranges.get(b);
          int[][] table = new int[ra[1] - ra[0] + 1][rb[1] - rb[0] + 1];
          for (int x = ra[0]; x <= ra[1]; x++) {
            for (int y = rb[0]; y <= rb[1]; y++) {
              table[x - ra[0]][y - rb[0]] = mlpArgMax(name, new float[] {x, y});
            }
          }
          numMlps.add(new NumMlp(m.layer(), m.index(), a, b, ra[0], ra[1], rb[0], rb[1], table));
          domainSizes.put(name, k);
        }
      }
    }
    List<String> kept = new ArrayList<>();
    List<Integer> keptColumns = new ArrayList<>();
    for (int c = 0; c < config.classes().size(); c++) {
      if (!config.maskedClasses().contains(config.classes().get(c))) {
        kept.add(config.classes().get(c));
        keptColumns.add(c);
      }
    }
    float[] unembed = parameters.get(TransformerProgramModel.CLASSIFIER);
    int classCount = config.classes().size();
    int rows = unembed.length / classCount;
    double[][] weights = new double[rows][kept.size()];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < kept.size(); c++) {
        weights[r][c] = unembed[r * classCount + keptColumns.get(c)];
      }
    }
    List<String> features = new ArrayList<>(model.categoricalNames());
    features.addAll(model.numericalNames());
    return new Program(
        config.programConfig(task),
        config.vocabulary(),
        kept,
        catHeads,
        numHeads,
        catMlps,
        numMlps,
        new Classifier(features, weights),
        embeddings);
  }

  private String pick(String parameter, List<String> candidates) {
    return candidates.get(argMax(parameters.get(parameter), 0, candidates.size()));
  }

  /**
   * Each query slot's key slot; -1 where that slot can never hold a value of the key variable, which matches nothing
   * in the model either.
   */
  private int[] predicate(String head, String key) {
    int k = config.varSize();
    float[] weights = parameters.get(head + ".predicate");
    int[] predicate = new int[k];
    int keySlots = domainSizes.get(key);
    for (int q = 0; q < k; q++) {
      int slot = argMax(weights, q * k, k);
      predicate[q] = slot < keySlots ? slot : -1;
    }
    return predicate;
  }

  /** The MLP's output slot for one input row, computed in the model's float arithmetic. */
  private int mlpArgMax(String mlp, float[] input) {
    int hidden = config.mlpHidden();
    int k = config.varSize();
    float[] w1 = parameters.get(mlp + ".w1");
    float[] b1 = parameters.get(mlp + ".b1");
    float[] w2 = parameters.get(mlp + ".w2");
    float[] b2 = parameters.get(mlp + ".b2");
    float[] h = new float[hidden];
    for (int j = 0; j < hidden; j++) {
      float sum = 0f;
      for (int i = 0; i < input.length; i++) {
        sum += input[i] * w1[i * hidden + j];
      }
      h[j] = Math.max(0f, sum + b1[j]);
    }
    float[] logits = new float[k];
    for (int o = 0; o < k; o++) {
      float sum = 0f;
      for (int j = 0; j < hidden; j++) {
        sum += h[j] * w2[j * k + o];
      }
      logits[o] = sum + b2[o];
    }
    return argMax(logits, 0, k);
  }

  private static int argMax(float[] values, int from, int count) {
    int best = 0;
    for (int i = 1; i < count; i++) {
      if (values[from + i] > values[from + best]) {
        best = i;
      }
    }
    return best;
  }
}
