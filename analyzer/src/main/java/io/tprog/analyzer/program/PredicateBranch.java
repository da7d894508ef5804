package io.tprog.analyzer.program;

import java.util.List;

/**
 * One branch of a predicate's if/elif chain: the query values it covers ({@code otherwise} for a final
 * {@code else}) and what it answers for them: a match with one key value, never a match, or always a match.
 */
public record PredicateBranch(List<Value> queryValues, boolean otherwise, Match match, Value keyValue, int line) {

  /** What a branch returns. */
  public enum Match {
    /** {@code return k_x == value}. */
    EQUALS,
    /** {@code return False}, or a key value no variable can take. */
    NEVER,
    /** {@code return True}. */
    ALWAYS
  }

  public PredicateBranch {
    queryValues = List.copyOf(queryValues);
  }
}
