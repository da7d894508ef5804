package io.tprog.learner.program;

/**
 * Which key position a categorical head's query selects (model.md section 4), in one place: the nearest matching key
 * wins, the earlier one at equal distance; the query's own position only when it is the only match; position 0 (BOS)
 * when nothing matches. With a causal mask only keys at or before the query count.
 */
public final class SelectionRule {
  private SelectionRule() {}

  /**
   * The key position query position {@code query} selects.
   *
   * @param matches {@code matches[j]} says whether the key at position {@code j} matches this query
   */
  public static int select(int query, boolean[] matches, boolean causal) {
    int last = causal ? Math.min(query, matches.length - 1) : matches.length - 1;
    for (int distance = 1; distance <= Math.max(query, last - query); distance++) {
      int left = query - distance;
      if (left >= 0 && matches[left]) {
        return left;
      }
      int right = query + distance;
      if (right <= last && matches[right]) {
        return right;
      }
    }
    if (query <= last && matches[query]) {
      return query;
    }
    return 0;
  }

  /**
   * The key position every query selects, for a head whose query slot {@code q} matches key slot
   * {@code predicate[q]} (-1: never).
   */
  public static int[] select(int[] querySlots, int[] keySlots, int[] predicate, boolean causal) {
    int length = querySlots.length;
    int[] selected = new int[length];
    for (int i = 0; i < length; i++) {
      int wanted = predicate[querySlots[i]];
      int last = causal ? i : length - 1;
      int chosen = -1;
      for (int distance = 1; distance <= Math.max(i, last - i) && chosen < 0; distance++) {
        int left = i - distance;
        int right = i + distance;
        if (left >= 0 && keySlots[left] == wanted) {
          chosen = left;
        } else if (right <= last && keySlots[right] == wanted) {
          chosen = right;
        }
      }
      if (chosen < 0) {
        chosen = wanted >= 0 && keySlots[i] == wanted ? i : 0;
      }
      selected[i] = chosen;
    }
    return selected;
  }
}
