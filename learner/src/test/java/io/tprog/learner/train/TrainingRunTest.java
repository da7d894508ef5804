package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Task;
import io.tprog.learner.model.AttentionScores;
import io.tprog.learner.program.ProgramRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("slow")
class TrainingRunTest {

  /**
   * A one-layer hist model trains in seconds to a good program, and the argmax model, the Java evaluator and the
   * emitted program in Jython (and CPython when present) agree on every test position.
   */
  @ParameterizedTest
  @EnumSource(AttentionScores.class)
  void histTrainsToAFaithfulProgram(AttentionScores scores, @TempDir Path out) throws Exception {
    var spec = Task.HIST.defaults().withSize(3000);
    var data = TrainingRun.Data.of(Datasets.generate(Task.HIST, spec), spec.maxLength());
    var run =
        new TrainingRun(data, new TrainingRun.Shape(1, 1, 1, 0, 1, 8), new TrainingConfig(30, 128, 0.05, 3.0, 0.01, 1))
            .showProgress(false)
            .attentionScores(scores);
    run.run(out, false);

    JsonNode metrics = new ObjectMapper().readTree(out.resolve(RunFiles.METRICS).toFile());
    double testAccuracy = metrics.at("/accuracy/test/program_token_accuracy").asDouble();
    assertTrue(testAccuracy > 0.9, "test accuracy " + testAccuracy);
    JsonNode test = metrics.at("/agreement/test");
    long compared = test.get("model_vs_java_positions_compared").asLong();
    assertTrue(compared > 0);
    assertEquals(compared, test.get("model_vs_java_positions_agreed").asLong());
    assertEquals(compared, test.get("model_vs_jython_positions_agreed").asLong());
    if (ProgramRunner.cpythonAvailable()) {
      assertEquals(compared, test.get("model_vs_cpython_positions_agreed").asLong());
    }
    JsonNode train = metrics.at("/agreement/train");
    assertEquals(train.get("model_vs_java_positions_compared").asLong(), train.get("model_vs_java_positions_agreed").asLong());
    assertEquals(30, metrics.get("epochs_completed").asInt());
    assertEquals(scores.id(), metrics.at("/configuration/attention_scores").asText());
    assertTrue(Files.exists(out.resolve("hist.py")));
    assertTrue(Files.exists(out.resolve("hist_weights.csv")));
    assertTrue(Files.exists(out.resolve(RunFiles.CHECKPOINT)));
    List<String> curves = Files.readAllLines(out.resolve(RunFiles.CURVES));
    assertEquals(31, curves.size());
    // The classifier fit starts from the epoch with the best validation accuracy, the curve's maximum, and keeps a
    // fit only if it beats that: the model's validation accuracy, measured again after discretisation, is the fit's.
    int selected = metrics.get("selected_epoch").asInt();
    double bestOnCurve =
        curves.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[4])).max().orElseThrow();
    assertEquals(bestOnCurve, Double.parseDouble(curves.get(selected).split(",")[4]));
    JsonNode fit = metrics.get("classifier_fit");
    assertEquals(TrainingRun.DEFAULT_CLASSIFIER_EPOCHS, fit.get("epochs").asInt());
    assertEquals(TrainingRun.DEFAULT_CLASSIFIER_EPOCHS, metrics.at("/configuration/classifier_epochs").asInt());
    assertEquals(bestOnCurve, fit.get("validation_accuracy_before").asDouble(), 1e-12);
    double after = fit.get("validation_accuracy_after").asDouble();
    assertTrue(after >= bestOnCurve, after + " < " + bestOnCurve);
    assertEquals(after, metrics.at("/accuracy/validation/model_token_accuracy").asDouble(), 1e-12);
    assertEquals(after, metrics.at("/accuracy/validation/program_token_accuracy").asDouble(), 1e-12);
  }

  /**
   * With length-balanced epochs and a balanced second test set, the metrics give the accuracy per length on both, and
   * the test split's by-length figures add up to its overall accuracy; selecting by lengths keeps the epoch with the
   * best length-balanced score (the latest among equals), whose scores the metrics list.
   */
  @org.junit.jupiter.api.Test
  void balancedLengthsAreRecordedWithTheAccuracyPerLength(@TempDir Path out) throws Exception {
    var spec = Task.HIST.defaults().withSize(2000);
    var data = TrainingRun.Data.of(Datasets.generate(Task.HIST, spec), spec.maxLength());
    var balanced = Datasets.generateBalancedLengths(Task.HIST, spec.withSeed(9).withSize(700)).examples();
    new TrainingRun(data, new TrainingRun.Shape(1, 1, 1, 0, 1, 8), new TrainingConfig(8, 128, 0.05, 3.0, 0.01, 1))
        .showProgress(false)
        .classifierEpochs(0)
        .balancedLengths(true)
        .selectByLengths(true)
        .balancedSet(balanced, 9)
        .run(out, false);
    JsonNode metrics = new ObjectMapper().readTree(out.resolve(RunFiles.METRICS).toFile());
    assertTrue(metrics.at("/configuration/balanced_lengths").asBoolean());
    assertTrue(metrics.at("/configuration/select_by_lengths").asBoolean());
    JsonNode scores = metrics.at("/selection_by_lengths");
    assertEquals(8, scores.size());
    int best = 1;
    for (int e = 1; e <= 8; e++) {
      if (scores.get(Integer.toString(e)).asDouble() >= scores.get(Integer.toString(best)).asDouble()) {
        best = e;
      }
    }
    assertEquals(best, metrics.at("/selected_epoch").asInt());
    JsonNode test = metrics.at("/accuracy_by_length/test");
    assertEquals(metrics.at("/accuracy/test/program_token_accuracy").asDouble(), test.get("token_accuracy").asDouble(), 1e-12);
    long scored = 0;
    long correct = 0;
    for (JsonNode length : test.get("lengths")) {
      scored += length.get("scored").asLong();
      correct += length.get("correct").asLong();
    }
    assertEquals(metrics.at("/accuracy/test/scored_positions").asLong(), scored);
    assertEquals(test.get("token_accuracy").asDouble(), (double) correct / scored, 1e-12);
    assertEquals(9, metrics.at("/accuracy_by_length/balanced_seed").asLong());
    JsonNode onBalanced = metrics.at("/accuracy_by_length/balanced");
    assertEquals(700, onBalanced.get("examples").asLong());
    assertEquals(7, onBalanced.get("lengths").size()); // hist at its defaults: 1..7 symbols
  }
}
