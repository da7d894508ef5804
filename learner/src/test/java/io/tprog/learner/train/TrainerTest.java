package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Task;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.StandardTransformerModel;
import io.tprog.learner.model.TrainableModel;
import io.tprog.learner.model.TransformerProgramModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainerTest {
  private static final TrainingConfig TRAINING = new TrainingConfig(4, 64, 0.05, 3.0, 0.01, 7);

  private static final class Killed extends RuntimeException {}

  private record Setup(ModelConfig config, EncodedBatch train, EncodedBatch validation) {}

  private static Setup setup() {
    return setup(Task.HIST);
  }

  private static Setup setup(Task task) {
    var spec = task.defaults().withSize(600);
    Dataset dataset = Datasets.generate(task, spec);
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

  /**
   * The classifier fit changes the classifier only, keeps the epoch with the best validation accuracy (the trained
   * classifier when none beats it), and leaves the model at exactly the accuracy it reports.
   */
  @Test
  void classifierFitChangesOnlyTheClassifierAndNeverLowersValidationAccuracy() {
    Setup s = setup();
    TrainingConfig two = new TrainingConfig(2, 64, 0.05, 3.0, 0.01, 5);
    try (var model = new TransformerProgramModel(s.config(), 5, 0.05f)) {
      Trainer trainer = new Trainer(model, two, "f").showProgress(false);
      trainer.train(s.train(), s.validation(), null, false);
      trainer.restoreBest();
      Map<String, float[]> trained = model.parameterValues();
      double trainedAccuracy = Trainer.accuracy(model, s.validation(), 64);

      Trainer.ClassifierFit fit = trainer.fitClassifier(s.train(), s.validation(), 6);

      Map<String, float[]> fitted = model.parameterValues();
      assertEquals(trained.keySet(), fitted.keySet());
      for (String name : trained.keySet()) {
        if (!name.equals("classifier")) {
          assertArrayEquals(trained.get(name), fitted.get(name), name);
        }
      }
      assertEquals(6, fit.epochs());
      assertEquals(trainedAccuracy, fit.validationBefore());
      assertEquals(fit.validationAfter(), Trainer.accuracy(model, s.validation(), 64));
      // Two epochs at a high temperature leave the classifier fitted to soft features: the fit finds a better one.
      assertTrue(fit.selectedEpoch() > 0, fit.toString());
      assertTrue(fit.validationAfter() > fit.validationBefore(), fit.toString());
      assertFalse(Arrays.equals(trained.get("classifier"), fitted.get("classifier")));

      // No epoch beats the classifier the fit starts from when there are none: it is kept as it is.
      Trainer.ClassifierFit none = trainer.fitClassifier(s.train(), s.validation(), 0);
      assertEquals(0, none.selectedEpoch());
      assertEquals(none.validationBefore(), none.validationAfter());
      assertArrayEquals(fitted.get("classifier"), model.parameterValues().get("classifier"));
    }
  }

  /**
   * A classifier step reports the argmax model's loss on its batch before the step, and repeated steps on one batch
   * lower it (the fit is a convex logistic regression over fixed features), for per-position and pooled tasks alike.
   */
  @ParameterizedTest
  @EnumSource(value = Task.class, names = {"HIST", "MOST_FREQ"})
  void classifierStepsLowerTheArgmaxLoss(Task task) {
    Setup s = setup(task);
    TrainingConfig one = new TrainingConfig(1, 64, 0.05, 3.0, 0.01, 2);
    try (var model = new TransformerProgramModel(s.config(), 2, 0.05f)) {
      new Trainer(model, one, "f").showProgress(false).train(s.train(), s.validation(), null, false);
      assertTrue(model.fitsClassifier());
      model.resetClassifierOptimizer();
      float before = model.evaluate(s.train()).loss();
      TrainableModel.BatchStats first = model.classifierStep(s.train());
      assertEquals(before, first.loss(), 1e-6);
      float last = first.loss();
      for (int i = 0; i < 30; i++) {
        last = model.classifierStep(s.train()).loss();
      }
      assertTrue(last < before - 1e-3, "argmax loss " + before + " -> " + last);
      assertEquals(last, model.evaluate(s.train()).loss(), 0.05);
    }
  }

  /** No epochs: nothing changes. The standard baseline has no classifier fit. */
  @Test
  void aFitOfNoEpochsKeepsTheTrainedClassifier() {
    Setup s = setup();
    try (var model = new TransformerProgramModel(s.config(), 4, 0.05f)) {
      Trainer trainer = new Trainer(model, TRAINING, "f").showProgress(false);
      Map<String, float[]> before = model.parameterValues();
      Trainer.ClassifierFit fit = trainer.fitClassifier(s.train(), s.validation(), 0);
      assertEquals(0, fit.selectedEpoch());
      assertEquals(fit.validationBefore(), fit.validationAfter());
      assertArrayEquals(before.get("classifier"), model.parameterValues().get("classifier"));
      assertThrows(IllegalArgumentException.class, () -> trainer.fitClassifier(s.train(), s.validation(), -1));
    }
    try (var standard = new StandardTransformerModel(s.config(), 16, 2, 4, 0.001f)) {
      assertFalse(standard.fitsClassifier());
      assertThrows(UnsupportedOperationException.class, () -> standard.classifierStep(s.train()));
    }
  }
}
