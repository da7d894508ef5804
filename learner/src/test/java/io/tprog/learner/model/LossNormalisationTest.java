package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;
import org.junit.jupiter.api.Test;

/**
 * The loss every model trains on, as the paper's code aggregates it (model.md section 7): per sequence, the mean
 * cross-entropy over its scored (non-pad target) positions; then the mean over the sequences of the batch. A batch
 * whose sequences score different numbers of positions tells this apart from one mean over all scored tokens.
 */
class LossNormalisationTest {

  private static final List<String> VOCABULARY = List.of("<pad>", "a", "b");
  private static final List<String> CLASSES = List.of("<pad>", "x", "y", "z");
  private static final int N = 4;

  /** Logits of a position: row {@code token} of a fixed table; no other parameter. */
  private static final float[] TABLE = {
    0f, 0f, 0f, 0f, // <pad>
    0f, 2f, -1f, 0.5f, // a
    0f, -0.5f, 1.5f, 1f, // b
  };

  private static final class TableModel extends GraphModel {
    TableModel() {
      super(
          ModelConfig.builder(VOCABULARY, CLASSES).layers(1).heads(1, 0).sizes(8, N).build(), 0);
      Operand<TFloat32> table = initialisedParameter("table", Shape.of(3, 4), TABLE);
      Head head = head(tf.gather(table, tokens, tf.constant(0)));
      finish(head, head, 0.01f);
    }
  }

  /** -log softmax(row of token)[label] over the unmasked classes x, y, z (pad's column is masked out). */
  private static double nll(int token, int label) {
    double sum = 0;
    for (int c = 1; c < 4; c++) {
      sum += Math.exp(TABLE[token * 4 + c]);
    }
    return -(TABLE[token * 4 + label] - Math.log(sum));
  }

  @Test
  void lossIsTheMeanOverSequencesOfEachSequencesMeanOverScoredPositions() {
    // Sequence 0 scores one position, sequence 1 three; the pads and the unscored first position count nowhere.
    int[] tokens = {1, 1, 0, 0, /**/ 2, 1, 2, 2};
    int[] labels = {0, 1, 0, 0, /**/ 0, 3, 2, 1};
    float[] scored = {0, 1, 0, 0, /**/ 0, 1, 1, 1};
    double first = nll(1, 1);
    double second = (nll(1, 3) + nll(2, 2) + nll(2, 1)) / 3;
    double perSequence = (first + second) / 2;
    double perToken = (nll(1, 1) + nll(1, 3) + nll(2, 2) + nll(2, 1)) / 4;
    assertNotEquals(perSequence, perToken, 0.05, "the batch must tell the two aggregations apart");
    try (TableModel model = new TableModel()) {
      TrainableModel.BatchStats stats = model.evaluate(new EncodedBatch(2, N, tokens, labels, scored));
      assertEquals(perSequence, stats.loss(), 1e-5);
      assertEquals(4, stats.scored(), 0);
      // a step reports the loss before its update, the same number
      assertEquals(perSequence, model.trainStep(new EncodedBatch(2, N, tokens, labels, scored), 1f, 7).loss(), 1e-5);
    }
  }
}
