package io.tprog.analyzer.program;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A head's predicate function ({@code predicate_L_H} or {@code num_predicate_L_H}): an if/elif chain mapping each
 * query value to the one key value it matches. {@code opaque} is true when some branch did not fit that shape, so the
 * mapping is incomplete and analyses must not draw conclusions from it.
 */
public record Predicate(
    String function, String queryArgument, String keyArgument, List<PredicateBranch> branches, boolean opaque, int line) {

  public Predicate {
    branches = List.copyOf(branches);
  }

  /**
   * The query value to key value map of the paper (first branch covering a query value wins, as in Python);
   * query values whose branch never matches are absent.
   */
  public SortedMap<Value, Value> queryToKey() {
    SortedMap<Value, Value> map = new TreeMap<>();
    Set<Value> seen = new HashSet<>();
    for (PredicateBranch b : branches) {
      for (Value q : b.queryValues()) {
        if (seen.add(q) && b.match() == PredicateBranch.Match.EQUALS) {
          map.put(q, b.keyValue());
        }
      }
    }
    return Collections.unmodifiableSortedMap(map);
  }
}
