package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.program.SelectionRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class TransformerProgramModelTest {

  /**
   * Every query position, every set of matching keys, every length up to 10, with and without the causal mask: the
   * argmax of the model's attention logits (with invalid keys pushed down as the graph does) is the key the
   * selection rule picks.
   */
  @Test
  void positionBiasArgmaxIsTheSelectionRule() {
    for (int n = 1; n <= 10; n++) {
      float[][] weight = TransformerProgramModel.matchWeight(n);
      float[][] bias = TransformerProgramModel.positionBias(n);
      for (boolean causal : new boolean[] {false, true}) {
        for (int query = 0; query < n; query++) {
          for (int pattern = 0; pattern < (1 << n); pattern++) {
            boolean[] matches = new boolean[n];
            int best = -1;
            float bestLogit = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
              matches[j] = (pattern & (1 << j)) != 0;
              boolean valid = !causal || j <= query;
              float logit = (matches[j] ? weight[query][j] : 0f) + bias[query][j] + (valid ? 0f : -1e4f);
              if (logit > bestLogit) {
                bestLogit = logit;
                best = j;
              }
            }
            int expected = SelectionRule.select(query, matches, causal);
            assertEquals(expected, best, "n=" + n + " query=" + query + " matches=" + Integer.toBinaryString(pattern) + " causal=" + causal);
          }
        }
      }
    }
  }

  @Test
  void tieBreakRanksAreDistinctPerQuery() {
    int n = 8;
    for (int i = 0; i < n; i++) {
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int j = 0; j < n; j++) {
        seen.add(TransformerProgramModel.tieBreakRank(i, j, n));
      }
      assertEquals(n, seen.size());
    }
  }

  /**
   * The training-time logits, built as the graph builds them and run in TensorFlow: with exact 0/1 matches their
   * argmax is the selection rule for every query, every set of matching keys and lengths up to 9 and 16 and 24,
   * causal or not; with soft matches a key's logit grows with its match (the gradient the log score is there for).
   */
  @ParameterizedTest
  @EnumSource(value = AttentionScores.class, names = {"LOG", "RANKED"})
  void softAttentionLogitsArgmaxIsTheSelectionRuleAtExactMatches(AttentionScores scores) {
    for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 24}) {
      int k = Math.max(n, 8);
      // Every set of matches up to 9 keys; beyond, the sets where only keys below 5 or from n - 5 on may match
      // (nearest and farthest keys of every query, where ranks and BOS decide).
      int patterns = n <= 9 ? 1 << n : 1 << 10;
      for (boolean causal : new boolean[] {false, true}) {
        float[] matches = new float[patterns * n * n];
        float[] valid = new float[patterns * n * n];
        for (int p = 0; p < patterns; p++) {
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              int cell = (p * n + i) * n + j;
              matches[cell] = matches(p, j, n) ? 1f : 0f;
              valid[cell] = !causal || j <= i ? 1f : 0f;
            }
          }
        }
        float[] logits = softLogits(scores, matches, valid, patterns, n, k);
        for (int p = 0; p < patterns; p++) {
          boolean[] match = new boolean[n];
          for (int j = 0; j < n; j++) {
            match[j] = matches(p, j, n);
          }
          for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < n; j++) {
              if (logits[(p * n + i) * n + j] > logits[(p * n + i) * n + best]) {
                best = j;
              }
            }
            assertEquals(
                SelectionRule.select(i, match, causal),
                best,
                scores + " n=" + n + " query=" + i + " matches=" + Integer.toBinaryString(p) + " causal=" + causal);
          }
        }
      }
    }
  }

  /** Whether key j matches in set {@code p}: bit j up to 9 keys, else bits 0-4 for keys 0-4 and 5-9 for the last 5. */
  private static boolean matches(int p, int j, int n) {
    if (n <= 9) {
      return (p & (1 << j)) != 0;
    }
    if (j < 5) {
      return (p & (1 << j)) != 0;
    }
    return j >= n - 5 && (p & (1 << (5 + j - (n - 5)))) != 0;
  }

  @ParameterizedTest
  @EnumSource(value = AttentionScores.class, names = {"LOG", "RANKED"})
  void softAttentionLogitIncreasesWithTheMatch(AttentionScores scores) {
    int n = 4;
    float[] levels = {0f, 0.1f, 0.5f, 0.9f, 1f};
    float[] matches = new float[levels.length * n * n];
    float[] valid = new float[matches.length];
    java.util.Arrays.fill(valid, 1f);
    for (int b = 0; b < levels.length; b++) {
      matches[(b * n + 1) * n + 3] = levels[b];
    }
    float[] logits = softLogits(scores, matches, valid, levels.length, n, 8);
    for (int b = 1; b < levels.length; b++) {
      float before = logits[((b - 1) * n + 1) * n + 3];
      float now = logits[(b * n + 1) * n + 3];
      assertTrue(now > before + 0.01f, "match " + levels[b] + ": logit " + now + " after " + before);
    }
  }

  private static float[] softLogits(
      AttentionScores scores, float[] matches, float[] valid, int batch, int n, int k) {
    try (Graph g = new Graph();
        Session session = new Session(g)) {
      Ops tf = Ops.create(g);
      Shape shape = Shape.of(batch, n, n);
      Operand<TFloat32> logits =
          TransformerProgramModel.softAttentionLogits(
              tf,
              scores,
              tf.constant(shape, DataBuffers.of(matches)),
              tf.constant(shape, DataBuffers.of(valid)),
              n,
              k);
      try (Result r = session.runner().fetch(logits).run()) {
        float[] out = new float[batch * n * n];
        ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
        return out;
      }
    }
  }
}
