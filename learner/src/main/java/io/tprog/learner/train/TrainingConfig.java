package io.tprog.learner.train;

/**
 * How to train: epochs, batch size, Adam's learning rate, the temperature range, and the seed every random choice
 * (initialisation, shuffling, Gumbel noise) derives from.
 */
public record TrainingConfig(
    int epochs, int batchSize, double learningRate, double tauStart, double tauEnd, long seed) {

  public TrainingConfig {
    if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
      throw new IllegalArgumentException(
          "Epochs and batch size must be at least 1 and the learning rate positive.");
    }
  }
}
