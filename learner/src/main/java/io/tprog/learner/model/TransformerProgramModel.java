package io.tprog.learner.model;

import io.tprog.format.ComponentNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Stack;
import org.tensorflow.op.core.Sum;
import org.tensorflow.op.core.Unique;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * The Transformer Program of model.md as one TensorFlow graph: a soft forward pass (Gumbel-softmax at a fed
 * temperature, noise drawn in the graph from a fed seed so a step is a pure function of its inputs), its loss and an
 * Adam update, and a hard twin over the same variables where every choice is an argmax. The hard pass is the model
 * that the discretised program must reproduce exactly.
 */
public final class TransformerProgramModel extends GraphModel {
  /** Spacing of the attention logits; large enough that Gumbel noise rarely overturns the tie-break order. */
  static final float ATTENTION_SCALE = 4f;

  private static final float INVALID_KEY = -1e4f;

  private final List<ModuleSpec> modules = new ArrayList<>();
  private final List<String> categoricalNames = new ArrayList<>();
  private final List<String> numericalNames = new ArrayList<>();
  private final Map<String, Operand<TInt32>> hardValues = new LinkedHashMap<>();
  private int noiseStreams;
  private final float[] embeddingLogits;
  /** The batch's distinct token slots and each position's index among them, for the soft word variables. */
  private Unique<TInt32, TInt32> distinctTokens;

  /** Builds the graph, initialises the parameters from {@code seed}, and opens a session. */
  public TransformerProgramModel(ModelConfig config, long seed, float learningRate) {
    this(config, seed, learningRate, 0);
  }

  /** As {@link #TransformerProgramModel(ModelConfig, long, float)}, TensorFlow using {@code threads} (0: default). */
  public TransformerProgramModel(ModelConfig config, long seed, float learningRate, int threads) {
    this(config, seed, learningRate, threads, null);
  }

  /**
   * As {@link #TransformerProgramModel(ModelConfig, long, float, int)}, with the factored word embeddings' initial
   * logits: row-major {@code [vocabulary, wordVariables * varSize]}, word {@code w}'s logits for variable {@code v} at
   * {@code [w, v * k .. v * k + k)} (see {@code EmbeddingInit}); null draws them from N(0, 1) by the seed.
   */
  public TransformerProgramModel(
      ModelConfig config, long seed, float learningRate, int threads, float[] embeddingLogits) {
    super(config, seed, threads);
    this.embeddingLogits = embeddingLogits;
    Forward soft = forward(false);
    Forward hard = forward(true);
    for (Map.Entry<String, Operand<TFloat32>> e : hard.variables.entrySet()) {
      hardValues.put(
          e.getKey(),
          categoricalNames.contains(e.getKey())
              ? tf.math.argMax(e.getValue(), tf.constant(2), TInt32.class)
              : tf.dtypes.cast(e.getValue(), TInt32.class));
    }
    finish(soft.head, hard.head, learningRate, List.of(CLASSIFIER), CLASSIFIER_FIT_RATE);
  }

  /** Name of the classifier's weight matrix, {@code [features, classes]}. */
  static final String CLASSIFIER = "classifier";

  /**
   * Adam's learning rate when the classifier is fitted to the argmax model's features after training (the features
   * are then fixed one-hot values and counts, so the fit is a convex logistic regression; 0.01 with batches of 512
   * moved dyck2's argmax model from 98.0% to 98.7% validation accuracy in 13 to 16 epochs).
   */
  public static final float CLASSIFIER_FIT_RATE = 0.01f;

  /** The modules in model order, with the candidates each read chooses among. */
  public List<ModuleSpec> modules() {
    return List.copyOf(modules);
  }

  /** Canonical names of the categorical variables, in stream order. */
  public List<String> categoricalNames() {
    return List.copyOf(categoricalNames);
  }

  /** Canonical names of the numerical variables, in stream order. */
  public List<String> numericalNames() {
    return List.copyOf(numericalNames);
  }

  // ---------------------------------------------------------------------------------------------- graph building

  private record Forward(Head head, Map<String, Operand<TFloat32>> variables) {}

  private Forward forward(boolean hard) {
    int n = config.maxLength();
    int k = config.varSize();
    boolean record = !hard;
    Operand<TFloat32> keyMask = keyMask();
    // valid[b, i, j]: key j is a real token and, with a causal mask, not after query i.
    Operand<TFloat32> valid =
        tf.math.mul(tf.expandDims(keyMask, tf.constant(1)), tf.constant(causalMask(n, config.causal())));
    Operand<TFloat32> invalidPenalty = invalidPenalty(tf, valid);

    LinkedHashMap<String, Operand<TFloat32>> cat = new LinkedHashMap<>();
    LinkedHashMap<String, Operand<TFloat32>> num = new LinkedHashMap<>();
    Operand<TFloat32> tokensOneHot;
    if (config.factored()) {
      for (int v = 0; v < config.wordVariables(); v++) {
        cat.put(ComponentNames.wordVariable(v), wordVariable(v, hard));
      }
      tokensOneHot = cat.get(ComponentNames.wordVariable(0));
    } else {
      tokensOneHot = tf.oneHot(tokens, tf.constant(k), tf.constant(1f), tf.constant(0f));
      cat.put("tokens", tokensOneHot);
    }
    cat.put("positions", tf.math.add(tf.zerosLike(tokensOneHot), tf.constant(positionOneHot(n, k))));
    num.put("ones", tf.onesLike(keyMask));

    for (int layer = 0; layer < config.layers(); layer++) {
      List<String> catBefore = List.copyOf(cat.keySet());
      List<String> numBefore = List.copyOf(num.keySet());
      Operand<TFloat32> catStack = stack(cat, 2);
      Operand<TFloat32> numStack = stack(num, 2);
      for (int h = 0; h < config.catHeads(); h++) {
        String name = ComponentNames.head(layer, h);
        if (record) {
          modules.add(new ModuleSpec(ModuleSpec.Kind.CAT_HEAD, name, layer, h, catBefore, List.of()));
        }
        Operand<TFloat32> query = readCategorical(catStack, name + ".query", catBefore.size(), hard);
        Operand<TFloat32> key = readCategorical(catStack, name + ".key", catBefore.size(), hard);
        Operand<TFloat32> value = readCategorical(catStack, name + ".value", catBefore.size(), hard);
        Operand<TFloat32> matches = matches(name, query, key, hard);
        // The hard pass always scores linearly; the soft pass as the configuration says.
        Operand<TFloat32> logits =
            hard || config.attentionScores() == AttentionScores.LINEAR
                ? tf.math.add(
                    tf.math.add(tf.math.mul(matches, tf.constant(matchWeight(n))), tf.constant(positionBias(n))),
                    invalidPenalty)
                : softAttentionLogits(tf, config.attentionScores(), matches, valid, n, k);
        Operand<TFloat32> attention =
            hard
                ? oneHotArgMax(logits, n)
                : tf.nn.softmax(tf.math.div(tf.math.add(logits, gumbel(perExample(n))), temperature));
        cat.put(name, tf.linalg.einsum(List.of(attention, value), "bij,bjk->bik"));
      }
      for (int h = 0; h < config.numHeads(); h++) {
        String name = ComponentNames.numericalHead(layer, h);
        if (record) {
          modules.add(new ModuleSpec(ModuleSpec.Kind.NUM_HEAD, name, layer, h, catBefore, numBefore));
        }
        Operand<TFloat32> query = readCategorical(catStack, name + ".query", catBefore.size(), hard);
        Operand<TFloat32> key = readCategorical(catStack, name + ".key", catBefore.size(), hard);
        Operand<TFloat32> value = readNumerical(numStack, name + ".value", numBefore.size(), hard);
        Operand<TFloat32> matches = tf.math.mul(matches(name, query, key, hard), valid);
        num.put(name, tf.linalg.einsum(List.of(matches, value), "bij,bj->bi"));
      }
      List<String> catAfterHeads = List.copyOf(cat.keySet());
      List<String> numAfterHeads = List.copyOf(num.keySet());
      Operand<TFloat32> catStackAfter = stack(cat, 2);
      Operand<TFloat32> numStackAfter = stack(num, 2);
      List<Map.Entry<String, Operand<TFloat32>>> mlpOutputs = new ArrayList<>();
      for (int m = 0; m < config.catMlps(); m++) {
        String name = ComponentNames.mlp(layer, m);
        if (record) {
          modules.add(new ModuleSpec(ModuleSpec.Kind.CAT_MLP, name, layer, m, catAfterHeads, List.of()));
        }
        Operand<TFloat32> a = readCategorical(catStackAfter, name + ".input_a", catAfterHeads.size(), hard);
        Operand<TFloat32> b = readCategorical(catStackAfter, name + ".input_b", catAfterHeads.size(), hard);
        Operand<TFloat32> input = tf.concat(List.of(a, b), tf.constant(2));
        mlpOutputs.add(Map.entry(name, mlp(name, input, 2 * k, hard)));
      }
      for (int m = 0; m < config.numMlps(); m++) {
        String name = ComponentNames.numericalMlp(layer, m);
        if (record) {
          modules.add(new ModuleSpec(ModuleSpec.Kind.NUM_MLP, name, layer, m, List.of(), numAfterHeads));
        }
        Operand<TFloat32> a = readNumerical(numStackAfter, name + ".input_a", numAfterHeads.size(), hard);
        Operand<TFloat32> b = readNumerical(numStackAfter, name + ".input_b", numAfterHeads.size(), hard);
        Operand<TFloat32> input = tf.stack(List.of(a, b), Stack.axis(2L));
        mlpOutputs.add(Map.entry(name, mlp(name, input, 2, hard)));
      }
      for (Map.Entry<String, Operand<TFloat32>> e : mlpOutputs) {
        cat.put(e.getKey(), e.getValue());
      }
    }
    if (record) {
      categoricalNames.addAll(cat.keySet());
      numericalNames.addAll(num.keySet());
    }

    List<Operand<TFloat32>> features = new ArrayList<>(cat.values());
    for (Operand<TFloat32> v : num.values()) {
      features.add(tf.expandDims(v, tf.constant(2)));
    }
    int featureWidth = cat.size() * k + num.size();
    int classCount = config.classes().size();
    Variable<TFloat32> unembed =
        parameter(CLASSIFIER, Shape.of(featureWidth, classCount), 1.0 / Math.sqrt(featureWidth));
    Operand<TFloat32> flat =
        tf.reshape(tf.concat(features, tf.constant(2)), tf.constant(new int[] {-1, featureWidth}));
    Operand<TFloat32> logits =
        tf.reshape(tf.linalg.matMul(flat, unembed), tf.constant(new int[] {-1, n, classCount}));
    Map<String, Operand<TFloat32>> variables = new LinkedHashMap<>(cat);
    variables.putAll(num);
    return new Forward(head(logits), variables);
  }

  /**
   * Word variable {@code v} at every position, {@code [B, N, k]}: each vocabulary word's choice among the k values
   * (a Gumbel-softmax over its logits, one noise sample per word and step, shared by the batch; the argmax in the hard
   * pass). The soft pass computes the choice of the batch's distinct words only, which is what it reads: a
   * 10,000-word vocabulary would otherwise cost a softmax over the whole table every step.
   */
  private Operand<TFloat32> wordVariable(int v, boolean hard) {
    int k = config.varSize();
    int words = config.vocabulary().size();
    String name = ComponentNames.wordVariable(v);
    Variable<TFloat32> logits;
    if (embeddingLogits == null) {
      logits = parameter(name, Shape.of(words, k), 1.0);
    } else {
      int width = config.wordVariables() * k;
      float[] init = new float[words * k];
      for (int w = 0; w < words; w++) {
        System.arraycopy(embeddingLogits, w * width + v * k, init, w * k, k);
      }
      logits = initialisedParameter(name, Shape.of(words, k), init);
    }
    if (hard) {
      return tf.gather(oneHotArgMax(logits, k), tokens, tf.constant(0));
    }
    if (distinctTokens == null) {
      distinctTokens = tf.unique(tf.reshape(tokens, tf.constant(new int[] {-1})), tf.constant(new int[] {0}));
    }
    Operand<TFloat32> rows = tf.gather(logits, distinctTokens.y(), tf.constant(0));
    Operand<TFloat32> choice =
        tf.nn.softmax(tf.math.div(tf.math.add(rows, gumbel(distinctShape(k))), temperature));
    return tf.reshape(
        tf.gather(choice, distinctTokens.idx(), tf.constant(0)),
        tf.constant(new int[] {-1, config.maxLength(), k}));
  }

  /** The shape {@code [distinct tokens, last]}, from the tokens alone (no gradient may reach the noise). */
  private Operand<TInt32> distinctShape(int last) {
    return tf.concat(List.of(tf.shape(distinctTokens.y()), tf.constant(new int[] {last})), tf.constant(0));
  }

  /** Score of a key that does not match in the soft attention logits: {@code log(SOFT_FLOOR)}. */
  private static final float SOFT_FLOOR = 1e-6f;

  /**
   * A categorical head's attention logits while training with log scores ({@link AttentionScores#LOG} or
   * {@link AttentionScores#RANKED}), {@code [B, N, N]} from soft matches {@code S[b,i,j]} in {@code [0, 1]} and the
   * valid-key mask. The score of key j is its match, except at BOS, which also takes the probability that no valid key
   * matches ({@code 1 - (1 - S[i,0]) * (1 - prod_j (1 - S[i,j]))}); the logit is
   * {@code alpha * log(score + 1e-6) - beta * rank(i, j)} with the scores' {@code alpha} and {@code beta}, chosen so that
   * the tie-break ranks span less than a match and, with exact 0/1 matches, the argmax is the selection rule (as the
   * hard logits' is). A log score keeps the gradient of the predicate alive where a linear score saturates the softmax:
   * with the hard logits' spacing, soft dyck2 (5,000 inputs, 60 epochs) stalled at 78% where log scores reached 85%.
   */
  static Operand<TFloat32> softAttentionLogits(
      Ops tf, AttentionScores scores, Operand<TFloat32> matches, Operand<TFloat32> valid, int n, int k) {
    float alpha = scores.alpha(n, k);
    float beta = scores.beta(n, k);
    Operand<TFloat32> m = tf.math.mul(matches, valid);
    Operand<TFloat32> none =
        tf.math.exp(
            tf.sum(
                tf.math.log(tf.math.add(tf.math.sub(tf.constant(1f), m), tf.constant(SOFT_FLOOR))),
                tf.constant(2),
                Sum.keepDims(true)));
    float[] bosColumn = new float[n];
    bosColumn[0] = 1f;
    Operand<TFloat32> score =
        tf.math.add(
            m, tf.math.mul(tf.math.mul(none, tf.math.sub(tf.constant(1f), m)), tf.constant(bosColumn)));
    float[][] bias = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        bias[i][j] = -beta * tieBreakRank(i, j, n);
      }
    }
    return tf.math.add(
        tf.math.add(
            tf.math.mul(tf.math.log(tf.math.add(score, tf.constant(SOFT_FLOOR))), tf.constant(alpha)),
            tf.constant(bias)),
        invalidPenalty(tf, valid));
  }

  /** {@code INVALID_KEY} where a key may not be attended to (padding, or after the query with a causal mask). */
  private static Operand<TFloat32> invalidPenalty(Ops tf, Operand<TFloat32> valid) {
    return tf.math.mul(tf.math.sub(tf.constant(1f), valid), tf.constant(INVALID_KEY));
  }

  private Operand<TFloat32> stack(Map<String, Operand<TFloat32>> vars, int axis) {
    return tf.stack(new ArrayList<>(vars.values()), Stack.axis((long) axis));
  }

  /** A categorical read: a Gumbel-softmax (or argmax) mix of the candidate variables in {@code stack [B,N,C,k]}. */
  private Operand<TFloat32> readCategorical(Operand<TFloat32> stack, String name, int candidates, boolean hard) {
    return tf.linalg.einsum(List.of(stack, choice(name, candidates, hard)), "bnck,c->bnk");
  }

  private Operand<TFloat32> readNumerical(Operand<TFloat32> stack, String name, int candidates, boolean hard) {
    return tf.linalg.einsum(List.of(stack, choice(name, candidates, hard)), "bnc,c->bn");
  }

  private Operand<TFloat32> choice(String name, int candidates, boolean hard) {
    Variable<TFloat32> scores = parameter(name, Shape.of(candidates), 0.1);
    if (hard) {
      return oneHotArgMax(scores, candidates);
    }
    return tf.nn.softmax(
        tf.math.div(tf.math.add(scores, gumbel(tf.constant(new int[] {candidates}))), temperature));
  }

  /** {@code S[b,i,j]}: how much query value at i maps, through the predicate, to the key value at j. */
  private Operand<TFloat32> matches(
      String name, Operand<TFloat32> query, Operand<TFloat32> key, boolean hard) {
    int k = config.varSize();
    Variable<TFloat32> predicate = parameter(name + ".predicate", Shape.of(k, k), 0.1);
    Operand<TFloat32> map =
        hard
            ? oneHotArgMax(predicate, k)
            : tf.nn.softmax(
                tf.math.div(tf.math.add(predicate, gumbel(tf.constant(new int[] {k, k}))), temperature));
    Operand<TFloat32> mappedQuery = tf.linalg.einsum(List.of(query, map), "bik,kl->bil");
    return tf.linalg.einsum(List.of(mappedQuery, key), "bil,bjl->bij");
  }

  private Operand<TFloat32> mlp(String name, Operand<TFloat32> input, int inputWidth, boolean hard) {
    int k = config.varSize();
    int hidden = config.mlpHidden();
    int n = config.maxLength();
    Variable<TFloat32> w1 = parameter(name + ".w1", Shape.of(inputWidth, hidden), Math.sqrt(2.0 / inputWidth));
    Variable<TFloat32> b1 = parameter(name + ".b1", Shape.of(hidden), 0);
    Variable<TFloat32> w2 = parameter(name + ".w2", Shape.of(hidden, k), Math.sqrt(1.0 / hidden));
    Variable<TFloat32> b2 = parameter(name + ".b2", Shape.of(k), 0);
    Operand<TFloat32> flat = tf.reshape(input, tf.constant(new int[] {-1, inputWidth}));
    Operand<TFloat32> h = tf.nn.relu(tf.math.add(tf.linalg.matMul(flat, w1), b1));
    Operand<TFloat32> logits =
        tf.reshape(tf.math.add(tf.linalg.matMul(h, w2), b2), tf.constant(new int[] {-1, n, k}));
    if (hard) {
      return oneHotArgMax(logits, k);
    }
    return tf.nn.softmax(tf.math.div(tf.math.add(logits, gumbel(perExample(k))), temperature));
  }

  private Operand<TFloat32> oneHotArgMax(Operand<TFloat32> logits, int width) {
    Operand<TInt32> index = tf.math.argMax(logits, tf.constant(-1), TInt32.class);
    return tf.oneHot(index, tf.constant(width), tf.constant(1f), tf.constant(0f));
  }

  /** The shape {@code [B, N, last]} with the batch size of the fed tokens. */
  private Operand<TInt32> perExample(int last) {
    return tf.concat(List.of(tf.shape(tokens), tf.constant(new int[] {last})), tf.constant(0));
  }

  /** Gumbel(0, 1) noise from its own stream of the step's seed, so a step depends only on what is fed. */
  private Operand<TFloat32> gumbel(Operand<TInt32> shape) {
    int stream = ++noiseStreams;
    Operand<TInt64> seed = tf.math.add(noiseSeed, tf.constant(new long[] {0L, stream * 1_000_003L}));
    Operand<TFloat32> uniform = tf.random.statelessRandomUniform(shape, seed);
    Operand<TFloat32> open = tf.math.add(tf.math.mul(uniform, tf.constant(1f - 2e-6f)), tf.constant(1e-6f));
    return tf.math.neg(tf.math.log(tf.math.neg(tf.math.log(open))));
  }

  // ---------------------------------------------------------------------------------------------- constants

  private static float[][] causalMask(int n, boolean causal) {
    float[][] m = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (!causal || j <= i) ? 1f : 0f;
      }
    }
    return m;
  }

  private static float[][] positionOneHot(int n, int k) {
    float[][] m = new float[n][k];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1f;
    }
    return m;
  }

  /**
   * The rank of key j for query i among matches (smaller wins): nearest first, the left one at equal distance, the
   * query itself last. Ranks lie in {@code [1, 2n - 1]} and are distinct per query.
   */
  static int tieBreakRank(int i, int j, int n) {
    if (i == j) {
      return 2 * n - 1;
    }
    int distance = Math.abs(i - j);
    return 2 * distance - (j < i ? 1 : 0);
  }

  /** Bonus for key 0 when it does not match, so that BOS wins when nothing matches (and only then). */
  private static int bosBonus(int n) {
    return 2 * n;
  }

  /** Weight of a match: exceeds any non-match's bias (at most {@code bosBonus - 1}) plus the largest rank. */
  private static int matchBonus(int n) {
    return 4 * n + 1;
  }

  /**
   * {@code logits = S * matchWeight + positionBias}: a match at j scores {@code matchBonus - rank}; a non-match scores
   * {@code -rank}, plus the BOS bonus at j = 0. Its argmax over j is exactly the selection rule of model.md section 4.
   */
  static float[][] matchWeight(int n) {
    float[][] w = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i][j] = ATTENTION_SCALE * (matchBonus(n) - (j == 0 ? bosBonus(n) : 0));
      }
    }
    return w;
  }

  static float[][] positionBias(int n) {
    float[][] b = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[i][j] = ATTENTION_SCALE * (-tieBreakRank(i, j, n) + (j == 0 ? bosBonus(n) : 0));
      }
    }
    return b;
  }

  // ---------------------------------------------------------------------------------------------- running

  /**
   * The hard model's value of every variable at every cell: the slot of a categorical variable, the number of a
   * numerical one; for comparing the model with the program variable by variable.
   */
  public Map<String, int[]> hardValues(EncodedBatch batch) {
    List<String> names = new ArrayList<>(hardValues.keySet());
    Session.Runner runner = session().runner();
    try (TInt32 t = intTensor(batch, batch.tokens())) {
      runner.feed(tokens, t);
      names.forEach(name -> runner.fetch(hardValues.get(name)));
      try (Result r = runner.run()) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          int[] values = new int[batch.size() * batch.length()];
          ((TInt32) r.get(i)).copyTo(DataBuffers.of(values, false, false));
          out.put(names.get(i), values);
        }
        return out;
      }
    }
  }
}
