package io.tprog.learner.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Stack;
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
public final class TransformerProgramModel implements AutoCloseable {
  /** Spacing of the attention logits; large enough that Gumbel noise rarely overturns the tie-break order. */
  static final float ATTENTION_SCALE = 4f;

  private static final float INVALID_KEY = -1e4f;
  private static final float MASKED_CLASS = -1e9f;
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final ModelConfig config;
  private final Graph graph;
  private final Session session;
  private final Ops tf;
  private final SplittableRandom initRandom;

  private final Placeholder<TInt32> tokens;
  private final Placeholder<TInt32> labels;
  private final Placeholder<TFloat32> scored;
  private final Placeholder<TFloat32> temperature;
  private final Placeholder<TInt64> noiseSeed;

  private final Map<String, Variable<TFloat32>> parameters = new LinkedHashMap<>();
  private final Map<String, Variable<TFloat32>> state = new LinkedHashMap<>();
  private final Map<String, Shape> stateShapes = new LinkedHashMap<>();
  private final Map<String, Placeholder<TFloat32>> restoreInputs = new LinkedHashMap<>();
  private final List<Op> restoreOps = new ArrayList<>();
  private final List<ModuleSpec> modules = new ArrayList<>();
  private final List<String> categoricalNames = new ArrayList<>();
  private final List<String> numericalNames = new ArrayList<>();

  private final Op trainStep;
  private final Operand<TFloat32> softLoss;
  private final Operand<TFloat32> softCorrect;
  private final Operand<TFloat32> hardLoss;
  private final Operand<TFloat32> hardCorrect;
  private final Operand<TFloat32> scoredCount;
  private final Operand<TInt32> hardPredictions;
  private final Map<String, Operand<TInt32>> hardValues = new LinkedHashMap<>();
  private int noiseStreams;

  /** Builds the graph, initialises the parameters from {@code seed}, and opens a session. */
  public TransformerProgramModel(ModelConfig config, long seed, float learningRate) {
    this.config = config;
    this.initRandom = new SplittableRandom(seed);
    this.graph = new Graph();
    this.tf = Ops.create(graph);
    int n = config.maxLength();
    tokens = tf.withName("tokens").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, n)));
    labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, n)));
    scored = tf.withName("scored").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, n)));
    temperature = tf.withName("temperature").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    noiseSeed = tf.withName("noise_seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));

    Forward soft = forward(false);
    Forward hard = forward(true);
    softLoss = soft.loss;
    softCorrect = soft.correct;
    hardLoss = hard.loss;
    hardCorrect = hard.correct;
    scoredCount = tf.sum(scored, tf.constant(new int[] {0, 1}));
    hardPredictions = hard.predictions;
    for (Map.Entry<String, Operand<TFloat32>> e : hard.variables.entrySet()) {
      hardValues.put(
          e.getKey(),
          categoricalNames.contains(e.getKey())
              ? tf.math.argMax(e.getValue(), tf.constant(2), TInt32.class)
              : tf.dtypes.cast(e.getValue(), TInt32.class));
    }
    trainStep = adam(softLoss, learningRate);
    for (Map.Entry<String, Variable<TFloat32>> e : state.entrySet()) {
      Placeholder<TFloat32> in =
          tf.placeholder(TFloat32.class, Placeholder.shape(stateShapes.get(e.getKey())));
      restoreInputs.put(e.getKey(), in);
      restoreOps.add(tf.assign(e.getValue(), in));
    }
    session = new Session(graph);
    session.initialize();
  }

  public ModelConfig config() {
    return config;
  }

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

  private record Forward(
      Operand<TFloat32> loss,
      Operand<TFloat32> correct,
      Operand<TInt32> predictions,
      Map<String, Operand<TFloat32>> variables) {}

  private Forward forward(boolean hard) {
    int n = config.maxLength();
    int k = config.varSize();
    boolean record = !hard;
    Operand<TFloat32> keyMask =
        tf.dtypes.cast(tf.math.notEqual(tokens, tf.constant(config.padSlot())), TFloat32.class);
    // valid[b, i, j]: key j is a real token and, with a causal mask, not after query i.
    Operand<TFloat32> valid =
        tf.math.mul(tf.expandDims(keyMask, tf.constant(1)), tf.constant(causalMask(n, config.causal())));
    Operand<TFloat32> invalidPenalty =
        tf.math.mul(tf.math.sub(tf.constant(1f), valid), tf.constant(INVALID_KEY));

    LinkedHashMap<String, Operand<TFloat32>> cat = new LinkedHashMap<>();
    LinkedHashMap<String, Operand<TFloat32>> num = new LinkedHashMap<>();
    Operand<TFloat32> tokensOneHot = tf.oneHot(tokens, tf.constant(k), tf.constant(1f), tf.constant(0f));
    cat.put("tokens", tokensOneHot);
    cat.put("positions", tf.math.add(tf.zerosLike(tokensOneHot), tf.constant(positionOneHot(n, k))));
    num.put("ones", tf.onesLike(keyMask));

    for (int layer = 0; layer < config.layers(); layer++) {
      List<String> catBefore = List.copyOf(cat.keySet());
      List<String> numBefore = List.copyOf(num.keySet());
      Operand<TFloat32> catStack = stack(cat, 2);
      Operand<TFloat32> numStack = stack(num, 2);
      for (int h = 0; h < config.catHeads(); h++) {
        String name = "attn_" + layer + "_" + h;
        if (record) {
          modules.add(new ModuleSpec(ModuleSpec.Kind.CAT_HEAD, name, layer, h, catBefore, List.of()));
        }
        Operand<TFloat32> query = readCategorical(catStack, name + ".query", catBefore.size(), hard);
        Operand<TFloat32> key = readCategorical(catStack, name + ".key", catBefore.size(), hard);
        Operand<TFloat32> value = readCategorical(catStack, name + ".value", catBefore.size(), hard);
        Operand<TFloat32> matches = matches(name, query, key, hard);
        Operand<TFloat32> logits =
            tf.math.add(
                tf.math.add(
                    tf.math.mul(matches, tf.constant(matchWeight(n))), tf.constant(positionBias(n))),
                invalidPenalty);
        Operand<TFloat32> attention =
            hard
                ? oneHotArgMax(logits, n)
                : tf.nn.softmax(
                    tf.math.div(tf.math.add(logits, gumbel(perExample(n))), temperature));
        cat.put(name, tf.linalg.einsum(List.of(attention, value), "bij,bjk->bik"));
      }
      for (int h = 0; h < config.numHeads(); h++) {
        String name = "num_attn_" + layer + "_" + h;
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
        String name = "mlp_" + layer + "_" + m;
        if (record) {
          modules.add(new ModuleSpec(ModuleSpec.Kind.CAT_MLP, name, layer, m, catAfterHeads, List.of()));
        }
        Operand<TFloat32> a = readCategorical(catStackAfter, name + ".input_a", catAfterHeads.size(), hard);
        Operand<TFloat32> b = readCategorical(catStackAfter, name + ".input_b", catAfterHeads.size(), hard);
        Operand<TFloat32> input = tf.concat(List.of(a, b), tf.constant(2));
        mlpOutputs.add(Map.entry(name, mlp(name, input, 2 * k, hard)));
      }
      for (int m = 0; m < config.numMlps(); m++) {
        String name = "num_mlp_" + layer + "_" + m;
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
        parameter("classifier", Shape.of(featureWidth, classCount), 1.0 / Math.sqrt(featureWidth));
    Operand<TFloat32> flat =
        tf.reshape(tf.concat(features, tf.constant(2)), tf.constant(new int[] {-1, featureWidth}));
    Operand<TFloat32> logits =
        tf.reshape(tf.linalg.matMul(flat, unembed), tf.constant(new int[] {-1, n, classCount}));
    if (config.pooled()) {
      logits = pool(logits, keyMask, n);
    }
    logits = tf.math.add(logits, tf.constant(classPenalty()));

    Operand<TFloat32> logProbabilities = logSoftmax(logits);
    Operand<TFloat32> target = tf.oneHot(labels, tf.constant(classCount), tf.constant(1f), tf.constant(0f));
    Operand<TFloat32> nll = tf.math.neg(tf.sum(tf.math.mul(target, logProbabilities), tf.constant(2)));
    Operand<TFloat32> perSequence =
        tf.math.div(
            tf.sum(tf.math.mul(nll, scored), tf.constant(1)),
            tf.math.maximum(tf.sum(scored, tf.constant(1)), tf.constant(1f)));
    Operand<TFloat32> loss = tf.math.mean(perSequence, tf.constant(0));
    Operand<TInt32> predictions = tf.math.argMax(logits, tf.constant(2), TInt32.class);
    Operand<TFloat32> correct =
        tf.sum(
            tf.math.mul(tf.dtypes.cast(tf.math.equal(predictions, labels), TFloat32.class), scored),
            tf.constant(new int[] {0, 1}));
    Map<String, Operand<TFloat32>> variables = new LinkedHashMap<>(cat);
    variables.putAll(num);
    return new Forward(loss, correct, predictions, variables);
  }

  /**
   * Log-softmax over the last axis, written out because the native LogSoftmax gradient sums over axis 1 and is wrong
   * for rank-3 logits.
   */
  private Operand<TFloat32> logSoftmax(Operand<TFloat32> logits) {
    Operand<TInt32> last = tf.constant(-1);
    Operand<TFloat32> shifted =
        tf.math.sub(logits, tf.stopGradient(tf.max(logits, last, org.tensorflow.op.core.Max.keepDims(true))));
    return tf.math.sub(
        shifted,
        tf.math.log(tf.sum(tf.math.exp(shifted), last, org.tensorflow.op.core.Sum.keepDims(true))));
  }

  /** Classification: position 0's logits become the mean over the sequence's real positions. */
  private Operand<TFloat32> pool(Operand<TFloat32> logits, Operand<TFloat32> keyMask, int n) {
    Operand<TFloat32> weights = tf.expandDims(keyMask, tf.constant(2));
    Operand<TFloat32> mean =
        tf.math.div(
            tf.sum(tf.math.mul(logits, weights), tf.constant(1), org.tensorflow.op.core.Sum.keepDims(true)),
            tf.math.maximum(
                tf.sum(weights, tf.constant(1), org.tensorflow.op.core.Sum.keepDims(true)), tf.constant(1f)));
    float[][][] first = new float[1][n][1];
    first[0][0][0] = 1f;
    Operand<TFloat32> isFirst = tf.constant(first);
    return tf.math.add(
        tf.math.mul(logits, tf.math.sub(tf.constant(1f), isFirst)), tf.math.mul(mean, isFirst));
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

  private Variable<TFloat32> parameter(String name, Shape shape, double scale) {
    Variable<TFloat32> existing = parameters.get(name);
    if (existing != null) {
      return existing;
    }
    float[] init = new float[(int) shape.size()];
    for (int i = 0; i < init.length; i++) {
      init[i] = (float) (nextGaussian() * scale);
    }
    Variable<TFloat32> v = tf.withName(name).variable(tf.constant(shape, DataBuffers.of(init)));
    parameters.put(name, v);
    state.put(name, v);
    stateShapes.put(name, shape);
    return v;
  }

  private double nextGaussian() {
    double u = 1.0 - initRandom.nextDouble();
    double w = initRandom.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  private Op adam(Operand<TFloat32> loss, float learningRate) {
    List<String> names = new ArrayList<>(parameters.keySet());
    Output<?>[] xs = new Output<?>[names.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = parameters.get(names.get(i)).asOutput();
    }
    Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
    Variable<TFloat32> beta1Power = slot("adam.beta1_power", Shape.scalar(), BETA1);
    Variable<TFloat32> beta2Power = slot("adam.beta2_power", Shape.scalar(), BETA2);
    // Parameters are ref variables, read when an op runs: no update may start before every gradient (and so
    // every read of the old values) is done, or steps would race and stop being reproducible.
    List<Op> gradientOps = new ArrayList<>();
    for (Output<?> g : grads) {
      gradientOps.add(g);
    }
    Ops afterGradients = tf.withControlDependencies(gradientOps);
    List<Op> applies = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      String name = names.get(i);
      Shape shape = stateShapes.get(name);
      Variable<TFloat32> m = slot(name + ".adam_m", shape, 0f);
      Variable<TFloat32> v = slot(name + ".adam_v", shape, 0f);
      @SuppressWarnings("unchecked")
      Operand<TFloat32> grad = (Operand<TFloat32>) grads[i];
      applies.add(
          afterGradients.train.applyAdam(
              parameters.get(name),
              m,
              v,
              beta1Power,
              beta2Power,
              tf.constant(learningRate),
              tf.constant(BETA1),
              tf.constant(BETA2),
              tf.constant(EPSILON),
              grad));
    }
    Ops after = tf.withControlDependencies(applies);
    Op p1 = after.assign(beta1Power, after.math.mul(beta1Power, after.constant(BETA1)));
    Op p2 = after.assign(beta2Power, after.math.mul(beta2Power, after.constant(BETA2)));
    return tf.withControlDependencies(List.of(p1, p2)).noOp();
  }

  private Variable<TFloat32> slot(String name, Shape shape, float initial) {
    float[] init = new float[(int) shape.size()];
    java.util.Arrays.fill(init, initial);
    Variable<TFloat32> v = tf.variable(tf.constant(shape, DataBuffers.of(init)));
    state.put(name, v);
    stateShapes.put(name, shape);
    return v;
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

  private float[] classPenalty() {
    float[] p = new float[config.classes().size()];
    for (int c = 0; c < p.length; c++) {
      p[c] = config.maskedClasses().contains(config.classes().get(c)) ? MASKED_CLASS : 0f;
    }
    return p;
  }

  // ---------------------------------------------------------------------------------------------- running

  /** Loss and correct/scored position counts of one batch. */
  public record BatchStats(float loss, float correct, float scored) {}

  /** One Adam step on {@code batch} at temperature {@code tau}, noise drawn from {@code stepSeed}. */
  public BatchStats trainStep(EncodedBatch batch, float tau, long stepSeed) {
    try (TInt32 t = intTensor(batch, batch.tokens());
        TInt32 l = intTensor(batch, batch.labels());
        TFloat32 s = TFloat32.tensorOf(Shape.of(batch.size(), batch.length()), DataBuffers.of(batch.scored()));
        TFloat32 temp = TFloat32.scalarOf(tau);
        TInt64 seed = TInt64.vectorOf(stepSeed, stepSeed >>> 17);
        Result r =
            session
                .runner()
                .feed(tokens, t)
                .feed(labels, l)
                .feed(scored, s)
                .feed(temperature, temp)
                .feed(noiseSeed, seed)
                .addTarget(trainStep)
                .fetch(softLoss)
                .fetch(softCorrect)
                .fetch(scoredCount)
                .run()) {
      return new BatchStats(scalar(r, 0), scalar(r, 1), scalar(r, 2));
    }
  }

  /** Loss and accuracy counts of the hard (argmax) model on {@code batch}. */
  public BatchStats evaluate(EncodedBatch batch) {
    try (TInt32 t = intTensor(batch, batch.tokens());
        TInt32 l = intTensor(batch, batch.labels());
        TFloat32 s = TFloat32.tensorOf(Shape.of(batch.size(), batch.length()), DataBuffers.of(batch.scored()));
        Result r =
            session
                .runner()
                .feed(tokens, t)
                .feed(labels, l)
                .feed(scored, s)
                .fetch(hardLoss)
                .fetch(hardCorrect)
                .fetch(scoredCount)
                .run()) {
      return new BatchStats(scalar(r, 0), scalar(r, 1), scalar(r, 2));
    }
  }

  /** The hard model's predicted class index at every cell of {@code batch} (row-major). */
  public int[] predict(EncodedBatch batch) {
    try (TInt32 t = intTensor(batch, batch.tokens());
        Result r = session.runner().feed(tokens, t).fetch(hardPredictions).run()) {
      int[] out = new int[batch.size() * batch.length()];
      ((TInt32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
      return out;
    }
  }

  /**
   * The hard model's value of every variable at every cell: the slot of a categorical variable, the number of a
   * numerical one; for comparing the model with the program variable by variable.
   */
  public Map<String, int[]> hardValues(EncodedBatch batch) {
    List<String> names = new ArrayList<>(hardValues.keySet());
    Session.Runner runner = session.runner();
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

  /** The trainable parameters by name (row-major values). */
  public Map<String, float[]> parameterValues() {
    return read(new ArrayList<>(parameters.keySet()));
  }

  /** Every variable of the training state (parameters and optimizer slots) by name, with its shape. */
  public Map<String, float[]> stateValues() {
    return read(new ArrayList<>(state.keySet()));
  }

  /** The shape of a state variable. */
  public long[] shapeOf(String name) {
    return stateShapes.get(name).asArray();
  }

  /** Overwrites the training state with {@code values}, which must name every state variable. */
  public void restoreState(Map<String, float[]> values) {
    Session.Runner runner = session.runner();
    List<TFloat32> fed = new ArrayList<>();
    try {
      for (Map.Entry<String, Placeholder<TFloat32>> e : restoreInputs.entrySet()) {
        float[] v = values.get(e.getKey());
        Shape shape = stateShapes.get(e.getKey());
        if (v == null || v.length != shape.size()) {
          throw new IllegalArgumentException("The saved state has no value of the right size for " + e.getKey() + ".");
        }
        TFloat32 tensor = TFloat32.tensorOf(shape, DataBuffers.of(v));
        fed.add(tensor);
        runner.feed(e.getValue(), tensor);
      }
      restoreOps.forEach(runner::addTarget);
      runner.run().close();
    } finally {
      fed.forEach(TFloat32::close);
    }
  }

  private Map<String, float[]> read(List<String> names) {
    Session.Runner runner = session.runner();
    names.forEach(name -> runner.fetch(state.get(name)));
    try (Result r = runner.run()) {
      Map<String, float[]> out = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        float[] values = new float[(int) stateShapes.get(names.get(i)).size()];
        ((TFloat32) r.get(i)).copyTo(DataBuffers.of(values, false, false));
        out.put(names.get(i), values);
      }
      return out;
    }
  }

  private static TInt32 intTensor(EncodedBatch batch, int[] values) {
    return TInt32.tensorOf(Shape.of(batch.size(), batch.length()), DataBuffers.of(values));
  }

  private static float scalar(Result r, int index) {
    return ((TFloat32) r.get(index)).getFloat();
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
