package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tprog.learner.program.ProgramConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
  private static final List<String> VOCABULARY = List.of("<pad>", "<s>", "a", "b");
  private static final List<String> CLASSES = List.of("<pad>", "x", "y");

  @Test
  void theBuilderStartsFromOneHotTokensLinearScoresAndPadMasked() {
    ModelConfig config = ModelConfig.builder(VOCABULARY, CLASSES).layers(2).heads(3, 1).mlps(1, 2).sizes(8, 5).build();
    assertEquals(
        new ModelConfig(2, 3, 1, 1, 2, 8, 5, VOCABULARY, CLASSES, "<pad>", List.of("<pad>"), false, false,
            ModelConfig.DEFAULT_MLP_HIDDEN, AttentionScores.LINEAR, 0),
        config);
    assertFalse(config.factored());
  }

  @Test
  void aPadTokenIsTheMaskedClassUnlessMaskedClassesSayOtherwise() {
    List<String> vocabulary = List.of("_", "a");
    List<String> classes = List.of("_", "<unk>", "x");
    assertEquals(List.of("_"), ModelConfig.builder(vocabulary, classes).sizes(4, 4).padToken("_").build().maskedClasses());
    assertEquals(List.of("_", "<unk>"), ModelConfig.builder(vocabulary, classes).sizes(4, 4).padToken("_")
        .maskedClasses(List.of("_", "<unk>")).build().maskedClasses());
  }

  @Test
  void buildValidatesAsTheRecordDoes() {
    var builder = ModelConfig.builder(VOCABULARY, CLASSES).layers(1).sizes(4, 6);
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void theProgramConfigHasTheModelsShape() {
    ModelConfig config = ModelConfig.builder(VOCABULARY, CLASSES).layers(2).heads(3, 1).mlps(1, 2).sizes(8, 5)
        .causal(true).pooled(true).build();
    assertEquals(new ProgramConfig("t", 2, 3, 1, 1, 2, 8, 5, true, true), config.programConfig("t"));
  }
}
