package io.tprog.analyzer.analysis;

import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.MlpRow;
import io.tprog.analyzer.program.Predicate;
import io.tprog.analyzer.program.PredicateBranch;
import io.tprog.analyzer.program.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which branches of a predicate and which rows of an MLP table can be taken, given the value sets of their inputs.
 * Python takes the first branch whose test holds, so a value covered by an earlier branch never reaches a later one.
 * Unknown input sets make every unshadowed branch count as reachable: conclusions are only drawn from what is known.
 */
final class TableReachability {
  /** Above this many input combinations an MLP is not enumerated and its default counts as reachable. */
  static final long ENUMERATION_LIMIT = 1_000_000;

  private TableReachability() {}

  /** One predicate branch: the query values that reach it and whether it can match some key. */
  record BranchState(PredicateBranch branch, List<Value> reachingValues, boolean reachable, boolean canMatch) {}

  static List<BranchState> branches(Predicate predicate, ValueSet queries, ValueSet keys) {
    List<BranchState> states = new ArrayList<>();
    Set<Value> covered = new HashSet<>();
    boolean otherwiseSeen = false;
    for (PredicateBranch b : predicate.branches()) {
      List<Value> reaching = new ArrayList<>();
      boolean reachable;
      if (otherwiseSeen) {
        reachable = false;
      } else if (b.otherwise()) {
        otherwiseSeen = true;
        if (queries.known()) {
          for (Value q : queries.values()) {
            if (!covered.contains(q)) {
              reaching.add(q);
            }
          }
          reachable = !reaching.isEmpty();
        } else {
          reachable = true;
        }
      } else {
        for (Value q : b.queryValues()) {
          if (!covered.contains(q) && queries.mayContain(q)) {
            reaching.add(q);
          }
        }
        covered.addAll(b.queryValues());
        reachable = !reaching.isEmpty();
      }
      boolean canMatch =
          switch (b.match()) {
            case EQUALS -> keys.mayContain(b.keyValue());
            case ALWAYS -> !keys.known() || !keys.values().isEmpty();
            case NEVER -> false;
          };
      states.add(new BranchState(b, reaching, reachable, canMatch));
    }
    return states;
  }

  /** True when no reachable branch can match, so the head never attends anywhere but its default. */
  static boolean neverMatches(Predicate predicate, ValueSet queries, ValueSet keys) {
    if (predicate.opaque()) {
      return false;
    }
    return branches(predicate, queries, keys).stream().noneMatch(s -> s.reachable() && s.canMatch());
  }

  /** Which rows of an MLP (by index) can be taken, and whether the default can. */
  record TableState(List<Boolean> rowReachable, boolean defaultReachable) {}

  static TableState rows(Mlp mlp, List<ValueSet> inputs) {
    int n = mlp.rows().size();
    Map<List<Value>, Integer> firstRow = new HashMap<>();
    for (int r = 0; r < n; r++) {
      for (List<Value> t : mlp.rows().get(r).inputs()) {
        firstRow.putIfAbsent(t, r);
      }
    }
    boolean[] reachable = new boolean[n];
    long combinations = 1;
    boolean enumerable = inputs.size() == mlp.arguments().size() && !inputs.isEmpty();
    for (ValueSet s : inputs) {
      enumerable &= s.known();
      combinations = s.known() ? combinations * Math.max(1, s.values().size()) : combinations;
      enumerable &= combinations <= ENUMERATION_LIMIT;
    }
    if (enumerable) {
      boolean defaultReachable = false;
      int[] digit = new int[inputs.size()];
      List<Value> tuple = new ArrayList<>();
      for (ValueSet s : inputs) {
        tuple.add(s.values().isEmpty() ? null : s.values().get(0));
      }
      // Walks every combination of input values like an odometer, without materialising the product.
      for (long c = 0; c < combinations && !tuple.contains(null); c++) {
        // An MLP reading one variable twice only sees equal values in those places.
        if (consistent(tuple, mlp.inputs())) {
          Integer r = firstRow.get(tuple);
          if (r == null) {
            defaultReachable = true;
          } else {
            reachable[r] = true;
          }
        }
        for (int i = digit.length - 1; i >= 0; i--) {
          List<Value> values = inputs.get(i).values();
          digit[i] = (digit[i] + 1) % values.size();
          tuple.set(i, values.get(digit[i]));
          if (digit[i] != 0) {
            break;
          }
        }
      }
      return new TableState(toList(reachable), defaultReachable);
    }
    for (int r = 0; r < n; r++) {
      MlpRow row = mlp.rows().get(r);
      for (List<Value> t : row.inputs()) {
        if (firstRow.get(t) == r && mayOccur(t, inputs, mlp.inputs())) {
          reachable[r] = true;
          break;
        }
      }
    }
    return new TableState(toList(reachable), true);
  }

  /** True unless two places that read the same variable hold different values. */
  private static boolean consistent(List<Value> tuple, List<String> variables) {
    for (int i = 0; i < tuple.size() && i < variables.size(); i++) {
      for (int j = i + 1; j < tuple.size() && j < variables.size(); j++) {
        if (variables.get(i).equals(variables.get(j)) && !tuple.get(i).equals(tuple.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean mayOccur(List<Value> tuple, List<ValueSet> inputs, List<String> variables) {
    if (tuple.size() != inputs.size() || !consistent(tuple, variables)) {
      return false;
    }
    for (int i = 0; i < tuple.size(); i++) {
      if (!inputs.get(i).mayContain(tuple.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<Boolean> toList(boolean[] a) {
    List<Boolean> l = new ArrayList<>(a.length);
    for (boolean b : a) {
      l.add(b);
    }
    return l;
  }
}
