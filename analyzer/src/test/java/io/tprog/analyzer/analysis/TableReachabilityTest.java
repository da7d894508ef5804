package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.MlpRow;
import io.tprog.analyzer.program.Predicate;
import io.tprog.analyzer.program.PredicateBranch;
import io.tprog.analyzer.program.PredicateBranch.Match;
import io.tprog.analyzer.program.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReachabilityTest {
  private static final ValueSet POSITIONS = ValueSet.of(List.of(Value.of(0), Value.of(1), Value.of(2)));

  private static Predicate predicate(PredicateBranch... branches) {
    return new Predicate("predicate_0_0", "q_position", "k_position", List.of(branches), false, 1);
  }

  /** A categorical mlp_0_0 reading {@code inputs} as {@code arguments}; no row covered gives 0. */
  private static Mlp mlp(List<String> inputs, List<String> arguments, MlpRow... rows) {
    return new Mlp("mlp_0_0", Mlp.Kind.CATEGORICAL, 0, 0, inputs, arguments, List.of(rows), Value.of(0), 7, "mlp_0_0_outputs", false, 8);
  }

  @Test
  void earlierBranchesShadowLaterOnesAndElseTakesTheRest() {
    Predicate p =
        predicate(
            new PredicateBranch(List.of(Value.of(0), Value.of(1)), false, Match.EQUALS, Value.of(0), 2),
            new PredicateBranch(List.of(Value.of(1)), false, Match.EQUALS, Value.of(1), 4),
            new PredicateBranch(List.of(), true, Match.EQUALS, Value.of(9), 6));
    List<TableReachability.BranchState> s = TableReachability.branches(p, POSITIONS, POSITIONS);
    assertTrue(s.get(0).reachable());
    assertFalse(s.get(1).reachable());
    assertEquals(List.of(Value.of(2)), s.get(2).reachingValues());
    assertFalse(s.get(2).canMatch());
    assertFalse(TableReachability.neverMatches(p, POSITIONS, POSITIONS));
    assertTrue(TableReachability.neverMatches(p, POSITIONS, ValueSet.of(List.of(Value.of(5)))));
    assertFalse(TableReachability.neverMatches(p, ValueSet.unknown(), ValueSet.unknown()), "nothing is concluded from unknown sets");
  }

  @Test
  void mlpRowsAreReachableOnlyThroughUncoveredCombinations() {
    Mlp m = mlp(List.of("positions", "attn_0_0_outputs"), List.of("position", "attn_0_0_output"),
        new MlpRow(List.of(List.of(Value.of(0), Value.of(0))), Value.of(1), 3),
        new MlpRow(List.of(List.of(Value.of(0), Value.of(0)), List.of(Value.of(7), Value.of(0))), Value.of(2), 5));
    TableReachability.TableState state = TableReachability.rows(m, List.of(POSITIONS, POSITIONS));
    assertEquals(List.of(true, false), state.rowReachable());
    assertTrue(state.defaultReachable());
    ValueSet zero = ValueSet.of(List.of(Value.of(0)));
    assertFalse(TableReachability.rows(m, List.of(zero, zero)).defaultReachable());
    TableReachability.TableState unknown = TableReachability.rows(m, List.of(ValueSet.unknown(), zero));
    assertEquals(List.of(true, true), unknown.rowReachable(), "(7, 0) may occur when the first input is unknown");
    assertTrue(unknown.defaultReachable());
  }

  @Test
  void anMlpReadingOneVariableTwiceSeesOnlyEqualValues() {
    Mlp m = mlp(List.of("positions", "positions"), List.of("position_a", "position_b"),
        new MlpRow(List.of(List.of(Value.of(0), Value.of(1))), Value.of(1), 3),
        new MlpRow(List.of(List.of(Value.of(2), Value.of(2))), Value.of(2), 5));
    assertEquals(List.of(false, true), TableReachability.rows(m, List.of(POSITIONS, POSITIONS)).rowReachable());
    assertEquals(List.of(false, true), TableReachability.rows(m, List.of(ValueSet.unknown(), ValueSet.unknown())).rowReachable());
  }
}
