package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard baseline drops values while training only: the training loss of a step differs from evaluation's. */
class StandardDropoutTest {

  private static final int N = 5;

  private static ModelConfig config() {
    return ModelConfig.builder(List.of("<pad>", "<s>", "a", "b"), List.of("<pad>", "x", "y"))
        .layers(1).heads(2, 0).mlps(1, 0).sizes(8, N).mlpHidden(16).build();
  }

  private static EncodedBatch batch() {
    int size = 8;
    int[] tokens = new int[size * N];
    int[] labels = new int[size * N];
    float[] scored = new float[size * N];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = i % N == 0 ? 1 : 2 + (i * 7 % 3) % 2;
      labels[i] = i % N == 0 ? 0 : tokens[i] - 1;
      scored[i] = i % N == 0 ? 0 : 1;
    }
    return new EncodedBatch(size, N, tokens, labels, scored);
  }

  private static float[] losses(float dropout) {
    try (StandardTransformerModel model = new StandardTransformerModel(config(), 16, 2, 0, 0.001f, 0, dropout)) {
      float evaluated = model.evaluate(batch()).loss();
      float trained = model.trainStep(batch(), 1f, 3).loss();
      return new float[] {evaluated, trained};
    }
  }

  @Test
  void dropoutChangesOnlyTheTrainingPass() {
    float[] without = losses(0f);
    assertEquals(without[0], without[1], 1e-6);
    float[] with = losses(0.5f);
    assertEquals(without[0], with[0], 1e-6, "evaluation never drops, and the initial weights are the same");
    assertNotEquals(with[0], with[1], 1e-4);
  }
}
