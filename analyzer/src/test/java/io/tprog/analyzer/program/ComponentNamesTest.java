package io.tprog.analyzer.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentNamesTest {
  @Test
  void parsesCanonicalComponentNames() {
    assertEquals(Optional.of(new ComponentNames.Parsed(true, true, 2, 11)), ComponentNames.parse("num_attn_2_11"));
    assertEquals(Optional.of(new ComponentNames.Parsed(false, false, 0, 1)), ComponentNames.parse("mlp_0_1"));
    assertEquals(Optional.empty(), ComponentNames.parse("attn_0_1_outputs"));
    assertEquals(Optional.empty(), ComponentNames.parse("tokens"));
  }

  @Test
  void argumentNamesSayWhichVariableTheyTake() {
    assertTrue(ComponentNames.argumentTakes("q_position", "positions"));
    assertTrue(ComponentNames.argumentTakes("k_attn_0_1_output", "attn_0_1_outputs"));
    assertTrue(ComponentNames.argumentTakes("token_b", "tokens"));
    assertTrue(ComponentNames.argumentTakes("one", "ones"));
    assertTrue(ComponentNames.argumentTakes("q_shifted", "shifted"));
    assertFalse(ComponentNames.argumentTakes("q_position", "tokens"));
    assertFalse(ComponentNames.argumentTakes("k_mlp_0_0_output", "mlp_0_1_outputs"));
  }
}
