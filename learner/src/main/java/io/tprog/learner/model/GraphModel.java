package io.tprog.learner.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Sum;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * What every model of the learner shares in graph mode: the fed batch (token slots, labels, scored positions,
 * temperature and noise seed), parameters initialised from a seeded generator, the masked per-sequence
 * cross-entropy, Adam written with ApplyAdam on ref variables, and reading and restoring the whole training state.
 * A subclass builds its forward passes, then calls {@link #finish}; it may name parameters that a second Adam, on the
 * deterministic pass's loss, fits with every other parameter held (the classifier fit of {@link #classifierStep}).
 */
abstract class GraphModel implements TrainableModel {
  private static final float MASKED_CLASS = -1e9f;
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  protected final ModelConfig config;
  protected final Graph graph;
  protected final Ops tf;
  protected final Placeholder<TInt32> tokens;
  protected final Placeholder<TInt32> labels;
  protected final Placeholder<TFloat32> scored;
  protected final Placeholder<TFloat32> temperature;
  protected final Placeholder<TInt64> noiseSeed;

  private final SplittableRandom initRandom;
  private final Map<String, Variable<TFloat32>> parameters = new LinkedHashMap<>();
  private final Map<String, Variable<TFloat32>> state = new LinkedHashMap<>();
  private final Map<String, Shape> stateShapes = new LinkedHashMap<>();
  private final Map<String, Placeholder<TFloat32>> restoreInputs = new LinkedHashMap<>();
  private final List<Op> restoreOps = new ArrayList<>();
  private final int threads;
  private Session session;
  private Op trainStep;
  private Op classifierStep;
  private Op classifierReset;
  private Head soft;
  private Head deterministic;
  private Operand<TFloat32> scoredCount;

  /** The loss, the correct-position count and the predictions of one forward pass. */
  protected record Head(Operand<TFloat32> loss, Operand<TFloat32> correct, Operand<TInt32> predictions) {}

  protected GraphModel(ModelConfig config, long seed) {
    this(config, seed, 0);
  }

  /** As {@link #GraphModel(ModelConfig, long)}, with TensorFlow's thread pools at {@code threads} (0: its default). */
  protected GraphModel(ModelConfig config, long seed, int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("TensorFlow's thread count must not be negative, got " + threads + ".");
    }
    this.threads = threads;
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
  }

  public ModelConfig config() {
    return config;
  }

  /** Adds Adam on {@code soft}'s loss, the restore ops, and opens the session. */
  protected final void finish(Head soft, Head deterministic, float learningRate) {
    finish(soft, deterministic, learningRate, List.of(), 0f);
  }

  /**
   * As {@link #finish(Head, Head, float)}, and also a second Adam at {@code classifierRate} on the deterministic
   * pass's loss over {@code classifierParameters} only. Its moment slots are not part of the training state (a fit
   * starts from {@link #resetClassifierOptimizer}, after training), so checkpoints do not change.
   */
  protected final void finish(
      Head soft, Head deterministic, float learningRate, List<String> classifierParameters, float classifierRate) {
    this.soft = soft;
    this.deterministic = deterministic;
    scoredCount = tf.sum(scored, tf.constant(new int[] {0, 1}));
    trainStep = adam(soft.loss(), new ArrayList<>(parameters.keySet()), learningRate, "adam", true);
    if (!classifierParameters.isEmpty()) {
      for (String name : classifierParameters) {
        if (!parameters.containsKey(name)) {
          throw new IllegalArgumentException("No parameter " + name + " to fit.");
        }
      }
      classifierStep = adam(deterministic.loss(), classifierParameters, classifierRate, "classifier_fit", false);
      List<Op> resets = new ArrayList<>();
      for (Map.Entry<Variable<TFloat32>, Float> slot : classifierSlots.entrySet()) {
        resets.add(tf.assign(slot.getKey(), tf.fill(tf.shape(slot.getKey()), tf.constant(slot.getValue()))));
      }
      classifierReset = tf.withControlDependencies(resets).noOp();
    }
    for (Map.Entry<String, Variable<TFloat32>> e : state.entrySet()) {
      Placeholder<TFloat32> in = tf.placeholder(TFloat32.class, Placeholder.shape(stateShapes.get(e.getKey())));
      restoreInputs.put(e.getKey(), in);
      restoreOps.add(tf.assign(e.getValue(), in));
    }
    session =
        threads == 0
            ? new Session(graph)
            : new Session(
                graph,
                ConfigProto.newBuilder()
                    .setIntraOpParallelismThreads(threads)
                    .setInterOpParallelismThreads(threads)
                    .build());
    session.initialize();
  }

  protected final Session session() {
    return session;
  }

  /** 1 at real (non-pad) positions, as {@code [B, N]}. */
  protected final Operand<TFloat32> keyMask() {
    return tf.dtypes.cast(tf.math.notEqual(tokens, tf.constant(config.padSlot())), TFloat32.class);
  }

  /** Loss, accuracy and predictions of {@code [B, N, classes]} logits (pooled and class-masked here). */
  protected final Head head(Operand<TFloat32> logits) {
    int n = config.maxLength();
    int classCount = config.classes().size();
    if (config.pooled()) {
      logits = pool(logits, keyMask(), n);
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
    return new Head(loss, correct, predictions);
  }

  /**
   * Log-softmax over the last axis, written out because the native LogSoftmax gradient sums over axis 1 and is wrong
   * for rank-3 logits.
   */
  protected final Operand<TFloat32> logSoftmax(Operand<TFloat32> logits) {
    Operand<TInt32> last = tf.constant(-1);
    Operand<TFloat32> shifted = tf.math.sub(logits, tf.stopGradient(tf.max(logits, last, Max.keepDims(true))));
    return tf.math.sub(shifted, tf.math.log(tf.sum(tf.math.exp(shifted), last, Sum.keepDims(true))));
  }

  /** Classification: position 0's logits become the mean over the sequence's real positions. */
  private Operand<TFloat32> pool(Operand<TFloat32> logits, Operand<TFloat32> keyMask, int n) {
    Operand<TFloat32> weights = tf.expandDims(keyMask, tf.constant(2));
    Operand<TFloat32> mean =
        tf.math.div(
            tf.sum(tf.math.mul(logits, weights), tf.constant(1), Sum.keepDims(true)),
            tf.math.maximum(tf.sum(weights, tf.constant(1), Sum.keepDims(true)), tf.constant(1f)));
    float[][][] first = new float[1][n][1];
    first[0][0][0] = 1f;
    Operand<TFloat32> isFirst = tf.constant(first);
    return tf.math.add(tf.math.mul(logits, tf.math.sub(tf.constant(1f), isFirst)), tf.math.mul(mean, isFirst));
  }

  private float[] classPenalty() {
    float[] p = new float[config.classes().size()];
    for (int c = 0; c < p.length; c++) {
      p[c] = config.maskedClasses().contains(config.classes().get(c)) ? MASKED_CLASS : 0f;
    }
    return p;
  }

  /** The named parameter, created on first use with N(0, scale²) values from the seeded generator. */
  protected final Variable<TFloat32> parameter(String name, Shape shape, double scale) {
    Variable<TFloat32> existing = parameters.get(name);
    if (existing != null) {
      return existing;
    }
    float[] init = new float[(int) shape.size()];
    for (int i = 0; i < init.length; i++) {
      init[i] = (float) (nextGaussian() * scale);
    }
    return register(name, shape, init);
  }

  /** The named parameter, created on first use with every value {@code value}. */
  protected final Variable<TFloat32> constantParameter(String name, Shape shape, float value) {
    Variable<TFloat32> existing = parameters.get(name);
    if (existing != null) {
      return existing;
    }
    float[] init = new float[(int) shape.size()];
    Arrays.fill(init, value);
    return register(name, shape, init);
  }

  /** The named parameter, created on first use with the row-major values {@code init}. */
  protected final Variable<TFloat32> initialisedParameter(String name, Shape shape, float[] init) {
    Variable<TFloat32> existing = parameters.get(name);
    if (existing != null) {
      return existing;
    }
    if (init.length != shape.size()) {
      throw new IllegalArgumentException(name + " needs " + shape.size() + " initial values, got " + init.length + ".");
    }
    return register(name, shape, init.clone());
  }

  private Variable<TFloat32> register(String name, Shape shape, float[] init) {
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

  /** Slots of the classifier fit's Adam, with their initial values (kept out of the training state). */
  private final Map<Variable<TFloat32>, Float> classifierSlots = new LinkedHashMap<>();

  /**
   * Adam on {@code loss} over the parameters {@code names}; slots are named {@code <parameter>.<prefix>_m} and
   * {@code _v}, and belong to the saved training state when {@code saved}.
   */
  private Op adam(Operand<TFloat32> loss, List<String> names, float learningRate, String prefix, boolean saved) {
    Output<?>[] xs = new Output<?>[names.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = parameters.get(names.get(i)).asOutput();
    }
    Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
    Variable<TFloat32> beta1Power = slot(prefix + ".beta1_power", Shape.scalar(), BETA1, saved);
    Variable<TFloat32> beta2Power = slot(prefix + ".beta2_power", Shape.scalar(), BETA2, saved);
    // Parameters are ref variables, read when an op runs: no update may start before every gradient (and so
    // every read of the old values) is done, or steps would race and stop being reproducible.
    List<Op> gradientOps = new ArrayList<>(Arrays.asList(grads));
    Ops afterGradients = tf.withControlDependencies(gradientOps);
    List<Op> applies = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      String name = names.get(i);
      Shape shape = stateShapes.get(name);
      Variable<TFloat32> m = slot(name + "." + prefix + "_m", shape, 0f, saved);
      Variable<TFloat32> v = slot(name + "." + prefix + "_v", shape, 0f, saved);
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

  private Variable<TFloat32> slot(String name, Shape shape, float initial, boolean saved) {
    float[] init = new float[(int) shape.size()];
    Arrays.fill(init, initial);
    Variable<TFloat32> v = tf.variable(tf.constant(shape, DataBuffers.of(init)));
    if (saved) {
      state.put(name, v);
      stateShapes.put(name, shape);
    } else {
      classifierSlots.put(v, initial);
    }
    return v;
  }

  // ---------------------------------------------------------------------------------------------- running

  @Override
  public BatchStats trainStep(EncodedBatch batch, float tau, long stepSeed) {
    try (TFloat32 temp = TFloat32.scalarOf(tau);
        TInt64 seed = TInt64.vectorOf(stepSeed, stepSeed >>> 17)) {
      return batchStats(batch, soft, trainStep, runner -> runner.feed(temperature, temp).feed(noiseSeed, seed));
    }
  }

  /**
   * Feeds {@code batch} (and whatever {@code extra} feeds), runs {@code target} when not null, and returns
   * {@code head}'s loss and counts, computed before {@code target}'s updates.
   */
  private BatchStats batchStats(EncodedBatch batch, Head head, Op target, Consumer<Session.Runner> extra) {
    try (TInt32 t = intTensor(batch, batch.tokens());
        TInt32 l = intTensor(batch, batch.labels());
        TFloat32 s = TFloat32.tensorOf(Shape.of(batch.size(), batch.length()), DataBuffers.of(batch.scored()))) {
      Session.Runner runner = session.runner().feed(tokens, t).feed(labels, l).feed(scored, s);
      extra.accept(runner);
      if (target != null) {
        runner.addTarget(target);
      }
      try (Result r = runner.fetch(head.loss()).fetch(head.correct()).fetch(scoredCount).run()) {
        return new BatchStats(scalar(r, 0), scalar(r, 1), scalar(r, 2));
      }
    }
  }

  @Override
  public boolean fitsClassifier() {
    return classifierStep != null;
  }

  @Override
  public void resetClassifierOptimizer() {
    requireClassifierFit();
    session.runner().addTarget(classifierReset).run().close();
  }

  /**
   * One step of the classifier fit: Adam on the deterministic (argmax) pass's loss over the classifier's parameters,
   * every other parameter held; returns the deterministic loss and counts of {@code batch} before the step.
   */
  @Override
  public BatchStats classifierStep(EncodedBatch batch) {
    requireClassifierFit();
    return batchStats(batch, deterministic, classifierStep, runner -> {});
  }

  private void requireClassifierFit() {
    if (classifierStep == null) {
      throw new UnsupportedOperationException("This model has no classifier fit.");
    }
  }

  @Override
  public BatchStats evaluate(EncodedBatch batch) {
    return batchStats(batch, deterministic, null, runner -> {});
  }

  @Override
  public int[] predict(EncodedBatch batch) {
    try (TInt32 t = intTensor(batch, batch.tokens());
        Result r = session.runner().feed(tokens, t).fetch(deterministic.predictions()).run()) {
      int[] out = new int[batch.size() * batch.length()];
      ((TInt32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
      return out;
    }
  }

  /** The trainable parameters by name (row-major values). */
  public Map<String, float[]> parameterValues() {
    return read(new ArrayList<>(parameters.keySet()));
  }

  @Override
  public Map<String, float[]> stateValues() {
    return read(new ArrayList<>(state.keySet()));
  }

  @Override
  public void restoreState(Map<String, float[]> values) {
    Session.Runner runner = session.runner();
    List<TFloat32> fed = new ArrayList<>();
    try {
      for (Map.Entry<String, Placeholder<TFloat32>> e : restoreInputs.entrySet()) {
        float[] v = values.get(e.getKey());
        Shape shape = stateShapes.get(e.getKey());
        if (v == null || v.length != shape.size()) {
          throw new IllegalArgumentException(
              "The saved state has no value of the right size for " + e.getKey() + ".");
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

  protected static TInt32 intTensor(EncodedBatch batch, int[] values) {
    return TInt32.tensorOf(Shape.of(batch.size(), batch.length()), DataBuffers.of(values));
  }

  private static float scalar(Result r, int index) {
    return ((TFloat32) r.get(index)).getFloat();
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
    graph.close();
  }
}
