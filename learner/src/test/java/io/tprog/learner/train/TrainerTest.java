package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Task;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.TransformerProgramModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  private static final TrainingConfig TRAINING = new TrainingConfig(4, 64, 0.05, 3.0, 0.01, 7);

  private static final class Killed extends RuntimeException {}

  private record Setup(ModelConfig config, EncodedBatch train, EncodedBatch validation) {}

  private static Setup setup() {
    var spec = Task.HIST.defaults().withSize(600);
    Dataset dataset = Datasets.generate(Task.HIST, spec);
    var run =
        new TrainingRun(
            TrainingRun.Data.of(dataset, spec.maxLength()), new TrainingRun.Shape(1, 1, 1, 1, 1, 8), TRAINING);
    ModelConfig config = run.modelConfig();
    DatasetEncoder encoder = new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength());
    return new Setup(
        config, encoder.encode(dataset.split(Dataset.TRAIN)), encoder.encode(dataset.split(Dataset.VALIDATION)));
  }

  /** A run killed after epoch 2 and resumed from its checkpoint ends with exactly the uninterrupted run's state. */
  @Test
  void resumeAfterAKillGivesTheSameResult(@TempDir Path dir) {
    Setup s = setup();
    Map<String, float[]> straight;
    List<EpochRecord> straightCurve;
    Map<String, float[]> straightBest;
    int straightBestEpoch;
    try (var model = new TransformerProgramModel(s.config(), TRAINING.seed(), 0.05f)) {
      Trainer trainer = new Trainer(model, TRAINING, "f").showProgress(false);
      straightCurve = trainer.train(s.train(), s.validation(), dir.resolve("a.bin"), false);
      straight = model.stateValues();
      straightBestEpoch = trainer.bestEpoch();
      trainer.restoreBest();
      straightBest = model.stateValues();
    }
    Path checkpoint = dir.resolve("b.bin");
    try (var model = new TransformerProgramModel(s.config(), TRAINING.seed(), 0.05f)) {
      Trainer killedAfterTwo =
          new Trainer(model, TRAINING, "f")
              .showProgress(false)
              .onEpoch(r -> {
                if (r.epoch() == 2) {
                  throw new Killed();
                }
              });
      assertThrows(Killed.class, () -> killedAfterTwo.train(s.train(), s.validation(), checkpoint, false));
    }
    Map<String, float[]> resumed;
    List<EpochRecord> resumedCurve;
    Map<String, float[]> resumedBest;
    try (var model = new TransformerProgramModel(s.config(), 12345, 0.05f)) {
      Trainer trainer = new Trainer(model, TRAINING, "f").showProgress(false);
      resumedCurve = trainer.train(s.train(), s.validation(), checkpoint, true);
      resumed = model.stateValues();
      assertEquals(straightBestEpoch, trainer.bestEpoch());
      trainer.restoreBest();
      resumedBest = model.stateValues();
    }
    for (String name : straightBest.keySet()) {
      assertArrayEquals(straightBest.get(name), resumedBest.get(name), "best " + name);
    }
    assertEquals(straight.keySet(), resumed.keySet());
    for (String name : straight.keySet()) {
      assertArrayEquals(straight.get(name), resumed.get(name), name);
    }
    assertEquals(4, resumedCurve.size());
    for (int e = 0; e < 4; e++) {
      assertEquals(straightCurve.get(e).loss(), resumedCurve.get(e).loss(), "epoch " + (e + 1));
      assertEquals(straightCurve.get(e).validationAccuracy(), resumedCurve.get(e).validationAccuracy());
    }
  }

  /** The selected epoch is the latest with the best validation accuracy, and restoring it gives that accuracy back. */
  @Test
  void restoreBestGoesBackToTheBestValidationEpoch() {
    Setup s = setup();
    TrainingConfig six = new TrainingConfig(6, 64, 0.05, 3.0, 0.01, 11);
    try (var model = new TransformerProgramModel(s.config(), 11, 0.05f)) {
      Trainer trainer = new Trainer(model, six, "f").showProgress(false);
      List<EpochRecord> curve = trainer.train(s.train(), s.validation(), null, false);
      int expected = 0;
      for (EpochRecord r : curve) {
        if (expected == 0 || r.validationAccuracy() >= curve.get(expected - 1).validationAccuracy()) {
          expected = r.epoch();
        }
      }
      assertEquals(expected, trainer.bestEpoch());
      double best = curve.get(expected - 1).validationAccuracy();
      trainer.restoreBest();
      assertEquals(best, Trainer.accuracy(model, s.validation(), 64));
    }
  }

  @Test
  void aCheckpointOfAnotherConfigurationIsRefused(@TempDir Path dir) {
    Setup s = setup();
    Path checkpoint = dir.resolve("c.bin");
    TrainingConfig oneEpoch = new TrainingConfig(1, 64, 0.05, 3.0, 0.01, 7);
    try (var model = new TransformerProgramModel(s.config(), 7, 0.05f)) {
      new Trainer(model, oneEpoch, "first").showProgress(false).train(s.train(), s.validation(), checkpoint, false);
      var other = new Trainer(model, oneEpoch, "second").showProgress(false);
      var e = assertThrows(IllegalArgumentException.class, () -> other.train(s.train(), s.validation(), checkpoint, true));
      org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(checkpoint.toString()), e.getMessage());
    }
  }

  @Test
  void sameSeedSameTraining() {
    Setup s = setup();
    TrainingConfig one = new TrainingConfig(1, 64, 0.05, 3.0, 0.01, 3);
    float[] first;
    float[] second;
    try (var model = new TransformerProgramModel(s.config(), 3, 0.05f)) {
      new Trainer(model, one, "f").showProgress(false).train(s.train(), s.validation(), null, false);
      first = model.parameterValues().get("classifier");
    }
    try (var model = new TransformerProgramModel(s.config(), 3, 0.05f)) {
      new Trainer(model, one, "f").showProgress(false).train(s.train(), s.validation(), null, false);
      second = model.parameterValues().get("classifier");
    }
    assertArrayEquals(first, second);
  }
}
