package io.tprog.learner.program;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SelectionRuleTest {

  private static boolean[] matches(String pattern) {
    boolean[] m = new boolean[pattern.length()];
    for (int i = 0; i < m.length; i++) {
      m[i] = pattern.charAt(i) == '1';
    }
    return m;
  }

  @Test
  void nearestMatchWins() {
    assertEquals(4, SelectionRule.select(3, matches("100010"), false));
    assertEquals(1, SelectionRule.select(3, matches("010000"), false));
  }

  @Test
  void leftWinsAtEqualDistance() {
    assertEquals(1, SelectionRule.select(2, matches("01010"), false));
  }

  @Test
  void ownPositionOnlyWhenItIsTheOnlyMatch() {
    assertEquals(0, SelectionRule.select(2, matches("10100"), false));
    assertEquals(5, SelectionRule.select(2, matches("001001"), false));
    assertEquals(2, SelectionRule.select(2, matches("00100"), false));
  }

  @Test
  void noMatchSelectsBos() {
    assertEquals(0, SelectionRule.select(3, matches("00000"), false));
  }

  @Test
  void causalIgnoresLaterKeys() {
    assertEquals(0, SelectionRule.select(2, matches("10101"), true));
    assertEquals(2, SelectionRule.select(2, matches("00111"), true));
    assertEquals(0, SelectionRule.select(1, matches("00111"), true));
    assertEquals(3, SelectionRule.select(4, matches("00110"), true));
  }

  /** model.md section 4 written as a search over all keys: the reference the fast loop must equal. */
  private static int reference(int query, boolean[] matches, boolean causal) {
    int best = -1;
    for (int j = 0; j < matches.length; j++) {
      if (!matches[j] || j == query || (causal && j > query)) {
        continue;
      }
      if (best < 0 || Math.abs(query - j) < Math.abs(query - best)) {
        best = j;
      }
    }
    if (best >= 0) {
      return best;
    }
    return matches[query] ? query : 0;
  }

  @Test
  void bothFormsEqualTheRuleOnEveryMatchPatternUpToLengthSeven() {
    for (boolean causal : new boolean[] {false, true}) {
      for (int length = 1; length <= 7; length++) {
        for (int bits = 0; bits < 1 << length; bits++) {
          boolean[] m = new boolean[length];
          int[] keySlots = new int[length];
          for (int j = 0; j < length; j++) {
            m[j] = (bits >> j & 1) == 1;
            keySlots[j] = m[j] ? 1 : 0;
          }
          int[] querySlots = new int[length];
          int[] fast = SelectionRule.select(querySlots, keySlots, new int[] {1, -1}, causal);
          int[] never = SelectionRule.select(querySlots, keySlots, new int[] {-1, -1}, causal);
          for (int i = 0; i < length; i++) {
            int expected = reference(i, m, causal);
            String where = "query " + i + " of " + Integer.toBinaryString(bits) + " causal " + causal;
            assertEquals(expected, SelectionRule.select(i, m, causal), where);
            assertEquals(expected, fast[i], where);
            assertEquals(0, never[i], where);
          }
        }
      }
    }
  }

  @Test
  void eachQueryUsesItsOwnPredicateRow() {
    int[] queries = {0, 1, 0, 1};
    int[] keys = {2, 3, 3, 2};
    int[] predicate = {2, 3, -1, -1};
    assertArrayEquals(new int[] {3, 2, 3, 2}, SelectionRule.select(queries, keys, predicate, false));
  }
}
