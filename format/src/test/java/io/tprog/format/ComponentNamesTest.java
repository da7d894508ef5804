package io.tprog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentNamesTest {
  @Test
  void parsesCanonicalComponentNames() {
    assertEquals(Optional.of(new ComponentNames.Parsed(true, true, 2, 11)), ComponentNames.parse("num_attn_2_11"));
    assertEquals(Optional.of(new ComponentNames.Parsed(false, false, 0, 1)), ComponentNames.parse("mlp_0_1"));
    assertEquals(Optional.empty(), ComponentNames.parse("attn_0_1_outputs"));
    assertEquals(Optional.empty(), ComponentNames.parse("tokens"));
    assertTrue(ComponentNames.isHead("num_attn_0_3"));
    assertFalse(ComponentNames.isHead("num_mlp_0_3"));
  }

  @Test
  void buildsTheNamesItParses() {
    assertEquals(List.of("attn_1_2", "num_attn_1_2", "mlp_3_0", "num_mlp_3_0"),
        List.of(ComponentNames.head(1, 2), ComponentNames.numericalHead(1, 2), ComponentNames.mlp(3, 0),
            ComponentNames.numericalMlp(3, 0)));
    for (String name : List.of("attn_1_2", "num_attn_1_2", "mlp_3_0", "num_mlp_10_11")) {
      assertEquals(name, ComponentNames.parse(name).orElseThrow().name());
    }
  }

  @Test
  void variablesOfComponentsAndBackAgain() {
    assertEquals("attn_0_1_outputs", ComponentNames.outputs("attn_0_1"));
    assertEquals(Optional.of("num_mlp_2_0"), ComponentNames.componentOfOutputs("num_mlp_2_0_outputs"));
    assertEquals(Optional.empty(), ComponentNames.componentOfOutputs("shifted_outputs"));
    assertEquals(Optional.empty(), ComponentNames.componentOfOutputs("attn_0_1"));
    assertEquals("num_attn_0_1_pattern", ComponentNames.pattern("num_attn_0_1"));
    assertEquals(Optional.of("num_attn_0_1"), ComponentNames.headOfPattern("num_attn_0_1_pattern"));
    assertEquals(Optional.empty(), ComponentNames.headOfPattern("mlp_0_1_pattern"), "an MLP has no pattern");
    assertTrue(ComponentNames.isPattern("num_attn_0_1_pattern"));
    assertTrue(ComponentNames.isPattern("shifted_pattern"), "named as a pattern, though no head's");
    assertFalse(ComponentNames.isPattern("attn_0_1_outputs"));
    assertFalse(ComponentNames.isPattern("pattern"));
    assertEquals("predicate_0_1", ComponentNames.predicate("attn_0_1"));
    assertEquals("num_predicate_2_0", ComponentNames.predicate("num_attn_2_0"));
    assertThrows(IllegalArgumentException.class, () -> ComponentNames.predicate("mlp_0_1"));
  }

  @Test
  void inputsAreTheirOwnListsAndComponentsHaveOutputs() {
    assertEquals("var3_embeddings", ComponentNames.wordVariable(3));
    assertTrue(ComponentNames.isWordVariable("var12_embeddings"));
    assertFalse(ComponentNames.isWordVariable("var_embeddings"));
    assertEquals(List.of("tokens", "positions", "ones", "var0_embeddings", "mlp_0_0_outputs"),
        List.of("tokens", "positions", "ones", "var0_embeddings", "mlp_0_0").stream().map(ComponentNames::listOf).toList());
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

  @Test
  void anArgumentNameTakesTheVariableItWasBuiltFrom() {
    for (String list : List.of("tokens", "positions", "ones", "var2_embeddings", "attn_0_1_outputs", "num_mlp_1_0_outputs")) {
      String argument = ComponentNames.argument(list);
      assertEquals(list, ComponentNames.variableOfArgument(argument));
      assertTrue(ComponentNames.argumentTakes("q_" + argument, list));
      assertTrue(ComponentNames.argumentTakes(argument + "_a", list));
    }
    assertEquals("position", ComponentNames.argument("positions"));
  }

  @Test
  void filesBesideAProgram() {
    assertEquals("sort_weights.csv", ComponentNames.weightsFile("sort"));
    assertEquals("conll_embeddings.csv", ComponentNames.embeddingsFile("conll"));
    assertTrue(ComponentNames.isWeightsFile("sort_weights.csv"));
    assertFalse(ComponentNames.isWeightsFile("sort_embeddings.csv"));
    assertEquals("sort", ComponentNames.programName("sort.py"));
  }
}
