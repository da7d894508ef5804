package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.program.TestFixtures;
import io.tprog.analyzer.program.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueSetInferenceTest {
  private static ValueSets of(String fixture) {
    return new ValueSetInference(DataflowGraph.of(TestFixtures.read(fixture).model())).infer();
  }

  private static List<Value> ints(int... values) {
    return java.util.Arrays.stream(values).mapToObj(Value::of).toList();
  }

  private static final List<Value> TOKENS = List.of(Value.of("0"), Value.of("1"), Value.of("2"), Value.of("<s>"));

  @Test
  void embeddingsComeFromTheWeightsAndFlowThroughComponents() {
    ValueSets v = of("clean");
    assertEquals(4, v.maxLength());
    assertEquals(TOKENS, v.of("tokens").values());
    assertEquals(ints(0, 1, 2, 3), v.of("positions").values());
    assertEquals(ints(1), v.of("ones").values());
    assertEquals(TOKENS, v.of("attn_0_0").values(), "a head's output takes its value variable's values");
    assertEquals(ints(0, 1, 2, 3), v.of("attn_0_1").values());
    assertEquals(ints(0, 1, 2, 3, 4), v.of("num_attn_0_0").values(), "a count over at most 4 positions");
    assertEquals(ints(0, 1, 2), v.of("mlp_0_0").values());
    assertEquals(ints(0, 1, 2), v.of("num_mlp_0_0").values());
  }

  @Test
  void unreachableRowsAndNeverMatchingHeadsNarrowTheSets() {
    ValueSets v = of("unreachable");
    assertEquals(ints(0), v.of("attn_0_1").values(), "a head that never matches reads position 0");
    assertEquals(ints(1, 2), v.of("num_mlp_0_0").values(), "the default is unreachable");
    ValueSets c = of("constants");
    assertEquals(ints(0), c.of("num_attn_0_0").values());
    assertEquals(ints(2), c.of("attn_1_0").values());
  }

  @Test
  void withoutWeightsOrForAUsersVariableTheSetIsUnknown() {
    assertFalse(of("no_weights").of("tokens").known());
    assertFalse(of("no_weights").of("num_attn_0_0").known());
    ValueSets u = of("user_edit");
    assertFalse(u.of("shifted").known());
    assertFalse(u.of("mlp_0_0").known(), "a table that could not be read is not analysed");
  }
}
