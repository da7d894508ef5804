package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.Task;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.TransformerProgramModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LengthBalancedScoreTest {
  private static final TrainingConfig TRAINING = new TrainingConfig(3, 64, 0.05, 3.0, 0.01, 3);

  /**
   * Lengths with few validation examples are measured on their training examples too, and the score is the plain mean
   * of the lengths' token accuracies, computed here independently from the model's predictions.
   */
  @Test
  void scoreIsTheMeanOverLengthsOfTokenAccuracy() {
    var spec = Task.REVERSE.defaults().withSize(2000);
    Dataset dataset = Datasets.generate(Task.REVERSE, spec);
    List<Example> train = dataset.split(Dataset.TRAIN);
    List<Example> validation = dataset.split(Dataset.VALIDATION);
    var run =
        new TrainingRun(
            TrainingRun.Data.of(dataset, spec.maxLength()), new TrainingRun.Shape(1, 2, 0, 1, 0, 8), TRAINING);
    ModelConfig config = run.modelConfig();
    DatasetEncoder encoder = new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength());
    LengthBalancedScore score = LengthBalancedScore.of(validation, train, encoder::encode, 64);

    Map<Integer, List<Example>> expected = new TreeMap<>();
    for (Example e : validation) {
      expected.computeIfAbsent(Datasets.symbols(e.tokens()), l -> new ArrayList<>()).add(e);
    }
    Map<Integer, Integer> validationCounts = new TreeMap<>();
    expected.forEach((l, es) -> validationCounts.put(l, es.size()));
    for (Example e : train) {
      int l = Datasets.symbols(e.tokens());
      if (validationCounts.getOrDefault(l, 0) < LengthBalancedScore.MIN_PER_LENGTH) {
        expected.computeIfAbsent(l, x -> new ArrayList<>()).add(e);
      }
    }
    Map<Integer, Integer> sizes = new TreeMap<>();
    expected.forEach((l, es) -> sizes.put(l, es.size()));
    assertEquals(sizes, score.groupSizes());
    // reverse's short inputs are rare: length 1 must have come from the training split as well
    assertTrue(validationCounts.getOrDefault(1, 0) < sizes.get(1), sizes.toString());
    assertEquals(6, sizes.size());

    try (var model = new TransformerProgramModel(config, 3, 0.05f)) {
      new Trainer(model, TRAINING, "f").showProgress(false).train(encoder.encode(train), encoder.encode(validation),
          null, false);
      double sum = 0;
      for (List<Example> group : expected.values()) {
        EncodedBatch batch = encoder.encode(group);
        int[] predicted = model.predict(batch);
        double correct = 0;
        double scored = 0;
        for (int i = 0; i < predicted.length; i++) {
          if (batch.scored()[i] > 0) {
            scored++;
            correct += predicted[i] == batch.labels()[i] ? 1 : 0;
          }
        }
        sum += correct / scored;
      }
      assertEquals(sum / expected.size(), score.score(model), 1e-12);
    }
  }

  /**
   * The trainer keeps the epoch the selection score prefers, not the best validation accuracy, and the classifier
   * fit keeps the trained classifier when no fitted epoch scores higher.
   */
  @Test
  void trainerKeepsTheEpochTheScorePrefers() {
    var spec = Task.REVERSE.defaults().withSize(600);
    Dataset dataset = Datasets.generate(Task.REVERSE, spec);
    var run =
        new TrainingRun(
            TrainingRun.Data.of(dataset, spec.maxLength()), new TrainingRun.Shape(1, 2, 0, 1, 0, 8), TRAINING);
    ModelConfig config = run.modelConfig();
    DatasetEncoder encoder = new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength());
    EncodedBatch train = encoder.encode(dataset.split(Dataset.TRAIN));
    EncodedBatch validation = encoder.encode(dataset.split(Dataset.VALIDATION));
    try (var model = new TransformerProgramModel(config, 3, 0.05f)) {
      int[] calls = {0};
      List<Map<String, float[]>> states = new ArrayList<>();
      Trainer trainer =
          new Trainer(model, TRAINING, "f")
              .showProgress(false)
              .onEpoch(r -> states.add(model.stateValues()))
              .selectBy(m -> -(++calls[0])); // every later call scores lower: the first epoch wins
      trainer.train(train, validation, null, false);
      assertEquals(3, calls[0]);
      assertEquals(1, trainer.bestEpoch());
      trainer.restoreBest();
      Map<String, float[]> kept = model.stateValues();
      for (String name : kept.keySet()) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(states.get(0).get(name), kept.get(name), name);
      }
      Trainer.ClassifierFit fit = trainer.fitClassifier(train, validation, 2);
      assertEquals(0, fit.selectedEpoch());
      assertEquals(-4, fit.validationBefore());
    }
  }
}
