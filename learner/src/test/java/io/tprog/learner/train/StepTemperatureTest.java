package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.TrainableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The temperature the trainer feeds falls at every step, inside an epoch as well as across epochs (model.md section 8):
 * step {@code t} of {@code T} gets {@code start * (end / start)^(t / (T - 1))}.
 */
class StepTemperatureTest {

  /** Records the temperature of every step; computes nothing. */
  private static final class Recording implements TrainableModel {
    final List<Float> taus = new ArrayList<>();

    @Override
    public BatchStats trainStep(EncodedBatch batch, float tau, long stepSeed) {
      taus.add(tau);
      return new BatchStats(0, 0, batch.size());
    }

    @Override
    public BatchStats evaluate(EncodedBatch batch) {
      return new BatchStats(0, 0, batch.size());
    }

    @Override
    public int[] predict(EncodedBatch batch) {
      return new int[batch.size() * batch.length()];
    }

    @Override
    public Map<String, float[]> stateValues() {
      return Map.of();
    }

    @Override
    public void restoreState(Map<String, float[]> values) {}

    @Override
    public void close() {}
  }

  private static EncodedBatch rows(int size) {
    return new EncodedBatch(size, 2, new int[size * 2], new int[size * 2], new float[size * 2]);
  }

  @Test
  void everyStepHasItsOwnTemperature() {
    // 7 examples in batches of 3: 3 steps an epoch (the last one short), 4 epochs, 12 steps.
    TrainingConfig config = new TrainingConfig(4, 3, 0.05, 3.0, 0.01, 5);
    Recording model = new Recording();
    new Trainer(model, config, "t").showProgress(false).train(rows(7), rows(2), null, false);
    assertEquals(12, model.taus.size());
    for (int t = 0; t < 12; t++) {
      assertEquals(3.0 * Math.pow(0.01 / 3.0, t / 11.0), model.taus.get(t), 1e-6 * model.taus.get(t), "step " + t);
    }
    // inside the first epoch: 3.0, then 3.0 * (1/300)^(1/11) = 1.7862, then 1.0635
    assertEquals(1.7862, model.taus.get(1), 1e-4);
    assertEquals(1.0635, model.taus.get(2), 1e-4);
    assertTrue(model.taus.get(2) < model.taus.get(1) && model.taus.get(1) < model.taus.get(0));
    assertEquals(0.01, model.taus.get(11), 1e-7);
  }
}
