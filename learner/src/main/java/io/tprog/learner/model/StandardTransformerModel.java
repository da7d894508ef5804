package io.tprog.learner.model;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.math.Mean;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The baseline of model.md section 10: a standard pre-norm Transformer encoder over the same batches (learned token
 * and position embeddings, multi-head softmax attention with the pad and causal masks, a ReLU feed-forward block,
 * residual sums), trained by the same loop so the accuracy tables compare like with like. It has no discrete form.
 */
public final class StandardTransformerModel extends GraphModel {
  private static final float INVALID_KEY = -1e9f;

  private final int width;
  private final int heads;

  /**
   * @param width model width {@code d}
   * @param heads attention heads per layer (must divide {@code width})
   */
  public StandardTransformerModel(ModelConfig config, int width, int heads, long seed, float learningRate) {
    this(config, width, heads, seed, learningRate, 0);
  }

  /** As the five-argument constructor, TensorFlow using {@code threads} (0: its default). */
  public StandardTransformerModel(
      ModelConfig config, int width, int heads, long seed, float learningRate, int threads) {
    this(config, width, heads, seed, learningRate, threads, 0f);
  }

  /**
   * As the six-argument constructor, with dropout at rate {@code dropout} on the embeddings and on each attention and
   * feed-forward output while training (the paper's CoNLL baseline uses 0.5); evaluation never drops. The mask is
   * drawn from the step's noise seed, so a step stays a function of its inputs.
   */
  public StandardTransformerModel(
      ModelConfig config, int width, int heads, long seed, float learningRate, int threads, float dropout) {
    super(config, seed, threads);
    if (heads < 1 || width % heads != 0) {
      throw new IllegalArgumentException("The width " + width + " must be a multiple of the " + heads + " heads.");
    }
    if (dropout < 0 || dropout >= 1) {
      throw new IllegalArgumentException("The dropout rate must be in [0, 1), not " + dropout + ".");
    }
    this.width = width;
    this.heads = heads;
    this.dropout = dropout;
    Head evaluation = head(forward(false));
    Head training = dropout > 0 ? head(forward(true)) : evaluation;
    finish(training, evaluation, learningRate);
  }

  private final float dropout;
  private int dropoutStreams;

  /** {@code x} with each value zeroed at the dropout rate and the rest scaled up, when training with dropout. */
  private Operand<TFloat32> drop(Operand<TFloat32> x, boolean training) {
    if (!training) {
      return x;
    }
    Operand<TInt64> seed = tf.math.add(noiseSeed, tf.constant(new long[] {0L, ++dropoutStreams * 7_000_003L}));
    Operand<TFloat32> uniform = tf.random.statelessRandomUniform(tf.shape(tf.stopGradient(x)), seed);
    Operand<TFloat32> keep = tf.dtypes.cast(tf.math.greaterEqual(uniform, tf.constant(dropout)), TFloat32.class);
    return tf.math.mul(x, tf.math.mul(keep, tf.constant(1f / (1f - dropout))));
  }

  private Operand<TFloat32> forward(boolean training) {
    int n = config.maxLength();
    int v = config.vocabulary().size();
    int classCount = config.classes().size();
    Operand<TFloat32> oneHot = tf.oneHot(tokens, tf.constant(v), tf.constant(1f), tf.constant(0f));
    Variable<TFloat32> tokenEmbedding = parameter("token_embedding", Shape.of(v, width), 0.1);
    Variable<TFloat32> positionEmbedding = parameter("position_embedding", Shape.of(n, width), 0.1);
    Operand<TFloat32> x =
        tf.math.add(
            tf.reshape(
                tf.linalg.matMul(tf.reshape(oneHot, tf.constant(new int[] {-1, v})), tokenEmbedding),
                tf.constant(new int[] {-1, n, width})),
            positionEmbedding);
    x = drop(x, training);
    // additive mask [B, 1, N(query), N(key)]: pad keys everywhere, later keys when causal
    Operand<TFloat32> keyMask = keyMask();
    float[][] causal = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        causal[i][j] = (!config.causal() || j <= i) ? 1f : 0f;
      }
    }
    Operand<TFloat32> allowed =
        tf.math.mul(
            tf.reshape(keyMask, tf.constant(new int[] {-1, 1, 1, n})),
            tf.constant(new float[][][][] {{causal}}));
    Operand<TFloat32> maskBias = tf.math.mul(tf.math.sub(tf.constant(1f), allowed), tf.constant(INVALID_KEY));
    for (int layer = 0; layer < config.layers(); layer++) {
      String p = "layer_" + layer + ".";
      x = tf.math.add(x, drop(attention(p, layerNorm(p + "norm1", x), maskBias), training));
      Operand<TFloat32> h = layerNorm(p + "norm2", x);
      Operand<TFloat32> hidden = tf.nn.relu(dense(p + "ff1", h, width, 2 * width));
      x = tf.math.add(x, drop(dense(p + "ff2", hidden, 2 * width, width), training));
    }
    return dense("classifier", layerNorm("final_norm", x), width, classCount);
  }

  private Operand<TFloat32> attention(String p, Operand<TFloat32> x, Operand<TFloat32> maskBias) {
    int n = config.maxLength();
    int headWidth = width / heads;
    Operand<TFloat32> q = splitHeads(dense(p + "query", x, width, width), n, headWidth);
    Operand<TFloat32> k = splitHeads(dense(p + "key", x, width, width), n, headWidth);
    Operand<TFloat32> v = splitHeads(dense(p + "value", x, width, width), n, headWidth);
    Operand<TFloat32> scores =
        tf.math.add(
            tf.math.mul(
                tf.linalg.einsum(List.of(q, k), "bnhd,bmhd->bhnm"),
                tf.constant((float) (1 / Math.sqrt(headWidth)))),
            maskBias);
    Operand<TFloat32> weights = tf.nn.softmax(scores);
    Operand<TFloat32> mixed =
        tf.reshape(
            tf.linalg.einsum(List.of(weights, v), "bhnm,bmhd->bnhd"), tf.constant(new int[] {-1, n, width}));
    return dense(p + "output", mixed, width, width);
  }

  private Operand<TFloat32> splitHeads(Operand<TFloat32> x, int n, int headWidth) {
    return tf.reshape(x, tf.constant(new int[] {-1, n, heads, headWidth}));
  }

  /** {@code x @ W + b} over the last axis of a {@code [B, N, in]} tensor. */
  private Operand<TFloat32> dense(String name, Operand<TFloat32> x, int in, int out) {
    int n = config.maxLength();
    Variable<TFloat32> w = parameter(name + ".w", Shape.of(in, out), Math.sqrt(1.0 / in));
    Variable<TFloat32> b = constantParameter(name + ".b", Shape.of(out), 0f);
    Operand<TFloat32> flat = tf.reshape(x, tf.constant(new int[] {-1, in}));
    return tf.reshape(tf.math.add(tf.linalg.matMul(flat, w), b), tf.constant(new int[] {-1, n, out}));
  }

  private Operand<TFloat32> layerNorm(String name, Operand<TFloat32> x) {
    Variable<TFloat32> gain = constantParameter(name + ".gain", Shape.of(width), 1f);
    Variable<TFloat32> bias = constantParameter(name + ".bias", Shape.of(width), 0f);
    Operand<TFloat32> mean = tf.math.mean(x, tf.constant(-1), Mean.keepDims(true));
    Operand<TFloat32> centred = tf.math.sub(x, mean);
    Operand<TFloat32> variance = tf.math.mean(tf.math.square(centred), tf.constant(-1), Mean.keepDims(true));
    Operand<TFloat32> normed = tf.math.mul(centred, tf.math.rsqrt(tf.math.add(variance, tf.constant(1e-5f))));
    return tf.math.add(tf.math.mul(normed, gain), bias);
  }
}
