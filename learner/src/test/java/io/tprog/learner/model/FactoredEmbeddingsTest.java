package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The factored word embeddings of NLP tasks, in TensorFlow: the hard pass reads each word's argmax, training learns. */
class FactoredEmbeddingsTest {

  private static final int K = 8;
  private static final int N = 6;

  private static ModelConfig config(List<String> vocabulary) {
    return ModelConfig.builder(vocabulary, List.of("<pad>", "A", "B"))
        .layers(1).heads(1, 0).mlps(1, 0).sizes(K, N).mlpHidden(16).wordVariables(2).build();
  }

  /** 30 words, more than the variable size; word w's label is A when w is even. */
  private static List<String> vocabulary() {
    List<String> words = new ArrayList<>(List.of("<pad>"));
    for (int i = 1; i < 30; i++) {
      words.add("w" + i);
    }
    return words;
  }

  private static EncodedBatch batch(int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] tokens = new int[size * N];
    int[] labels = new int[size * N];
    float[] scored = new float[size * N];
    for (int i = 0; i < size * N; i++) {
      tokens[i] = i % N == N - 1 ? 0 : 1 + r.nextInt(29);
      labels[i] = tokens[i] == 0 ? 0 : 1 + tokens[i] % 2;
      scored[i] = tokens[i] == 0 ? 0 : 1;
    }
    return new EncodedBatch(size, N, tokens, labels, scored);
  }

  @Test
  void theHardPassReadsEachWordsArgmaxAndTheGivenLogitsAreTheStart() {
    List<String> vocabulary = vocabulary();
    float[] init = new float[vocabulary.size() * 2 * K];
    for (int w = 0; w < vocabulary.size(); w++) {
      init[w * 2 * K + w % K] = 1f;
      init[w * 2 * K + K + (w * 3) % K] = 1f;
    }
    try (TransformerProgramModel model = new TransformerProgramModel(config(vocabulary), 0, 0.05f, 0, init)) {
      assertEquals("var0_embeddings", model.categoricalNames().get(0));
      assertEquals("var1_embeddings", model.categoricalNames().get(1));
      assertEquals("positions", model.categoricalNames().get(2));
      EncodedBatch b = batch(4, 1);
      Map<String, int[]> values = model.hardValues(b);
      for (int i = 0; i < b.tokens().length; i++) {
        assertEquals(b.tokens()[i] % K, values.get("var0_embeddings")[i]);
        assertEquals((b.tokens()[i] * 3) % K, values.get("var1_embeddings")[i]);
      }
      float[] start = model.parameterValues().get("var0_embeddings");
      assertArrayEquals(Arrays.copyOfRange(init, 2 * K, 4 * K),
          concat(start, model.parameterValues().get("var1_embeddings"), 1));
    }
  }

  @Test
  void trainingMovesTheEmbeddingsAndLearnsAWordLevelLabel() {
    try (TransformerProgramModel model = new TransformerProgramModel(config(vocabulary()), 3, 0.05f)) {
      float[] before = model.parameterValues().get("var0_embeddings");
      EncodedBatch train = batch(256, 2);
      for (int step = 0; step < 150; step++) {
        float tau = (float) (3.0 * Math.pow(0.1 / 3.0, step / 149.0));
        model.trainStep(train, tau, step);
      }
      float[] after = model.parameterValues().get("var0_embeddings");
      assertTrue(!Arrays.equals(before, after), "the embedding logits get gradients");
      TrainableModel.BatchStats test = model.evaluate(batch(256, 9));
      // Parity of 29 words through two 8-valued variables: a chance model scores about 50%.
      assertTrue(test.accuracy() > 0.9, "argmax accuracy " + test.accuracy());
    }
  }

  /** Word {@code w}'s row of two {@code [V, K]} tables side by side. */
  private static float[] concat(float[] a, float[] b, int w) {
    float[] out = new float[2 * K];
    System.arraycopy(a, w * K, out, 0, K);
    System.arraycopy(b, w * K, out, K, K);
    return out;
  }
}
