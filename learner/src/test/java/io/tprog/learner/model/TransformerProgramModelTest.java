package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.learner.program.SelectionRule;
import org.junit.jupiter.api.Test;

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
}
