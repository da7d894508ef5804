package io.tprog.learner.model;

import java.util.Map;

/**
 * What the training loop needs of a model: one optimizer step, the loss and accuracy counts of its deterministic
 * (argmax) form, its predictions, and its whole training state for checkpoints.
 */
public interface TrainableModel extends AutoCloseable {

  /** Loss and correct/scored position counts of one batch. */
  record BatchStats(float loss, float correct, float scored) {
    /** Correct over scored positions, 0 when none is scored. */
    public float accuracy() {
      return scored == 0 ? 0 : correct / scored;
    }
  }

  /** One optimizer step on {@code batch}; {@code tau} and {@code stepSeed} drive Gumbel noise where the model has any. */
  BatchStats trainStep(EncodedBatch batch, float tau, long stepSeed);

  /** Whether {@link #classifierStep} can fit this model's classifier on its deterministic form. */
  default boolean fitsClassifier() {
    return false;
  }

  /** Zeroes the classifier fit's optimizer (its Adam moments and step count), before a fit. */
  default void resetClassifierOptimizer() {
    throw new UnsupportedOperationException("This model has no classifier fit.");
  }

  /**
   * One optimizer step on the deterministic model's loss that changes only the classifier's weights; the stats are
   * those of {@code batch} before the step.
   */
  default BatchStats classifierStep(EncodedBatch batch) {
    throw new UnsupportedOperationException("This model has no classifier fit.");
  }

  /** Loss and accuracy counts of the deterministic model on {@code batch}. */
  BatchStats evaluate(EncodedBatch batch);

  /** The deterministic model's predicted class index at every cell of {@code batch} (row-major). */
  int[] predict(EncodedBatch batch);

  /** Every variable of the training state (parameters and optimizer slots) by name. */
  Map<String, float[]> stateValues();

  /** Overwrites the training state with {@code values}, which must name every state variable. */
  void restoreState(Map<String, float[]> values);

  @Override
  void close();
}
