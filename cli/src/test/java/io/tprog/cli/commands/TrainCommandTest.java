package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @Tag("slow")
  @Test
  void trainsAndWritesProgramWeightsMetricsCurvesAndCheckpoint(@TempDir Path out) throws Exception {
    CommandRun r =
        CommandRun.of(
            "train", "--task", "hist", "--size", "2000", "--layers", "1", "--cat-heads", "1", "--num-heads", "1",
            "--cat-mlps", "0", "--num-mlps", "1", "--epochs", "25", "--batch-size", "128", "--classifier-epochs", "3",
            "--no-progress", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("model and program agree on"), r.out());
    assertTrue(r.out().contains("On 3000 length-balanced inputs (seed 1): "), r.out());
    for (String file : new String[] {"hist.py", "hist_weights.csv", "metrics.json", "curves.csv", "checkpoint.bin"}) {
      assertTrue(Files.exists(out.resolve(file)), file);
    }
    assertTrue(Files.exists(out.resolve("report").resolve("report.html")), "circuit report");
    String metrics = Files.readString(out.resolve("metrics.json"));
    assertTrue(metrics.contains("\"epochs\" : 25"), metrics);
    assertTrue(metrics.contains("\"attention_scores\" : \"linear\""), "hist trains with linear scores by default");
    assertTrue(metrics.contains("\"learning_rate\" : 0.05,"), "hist keeps the paper's learning rate: " + metrics);
    assertTrue(metrics.contains("\"tau_end\" : 0.01,"), "hist keeps the paper's final temperature: " + metrics);
    assertEquals(26, Files.readAllLines(out.resolve("curves.csv")).size());
    assertTrue(metrics.contains("\"classifier_epochs\" : 3"), metrics);
    assertTrue(metrics.contains("\"balanced_seed\" : 1,"), metrics);
    assertTrue(metrics.contains("\"classifier_fit\" : {\n    \"epochs\" : 3,"), metrics);
  }

  /**
   * Sort trains at its own learning rate and final temperature, 0.1 each, unless --lr and --tau-end say otherwise
   * (TaskPresets.learningRate, TaskPresets.tauEnd); --short-first is recorded, and off by default.
   */
  @Tag("slow")
  @Test
  void sortTrainsAtItsOwnLearningRateAndTemperatureUnlessTold(@TempDir Path out) throws Exception {
    for (boolean told : new boolean[] {false, true}) {
      Path folder = out.resolve(told ? "told" : "default");
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
          "train", "--task", "sort", "--size", "300", "--layers", "1", "--cat-heads", "1", "--cat-mlps", "0",
          "--epochs", "2", "--classifier-epochs", "0", "--no-progress", "--out", folder.toString()));
      if (told) {
        args.addAll(java.util.List.of("--lr", "0.05", "--tau-end", "0.01", "--short-first", "1"));
      }
      CommandRun r = CommandRun.of(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.err());
      String metrics = Files.readString(folder.resolve("metrics.json"));
      String lr = told ? "0.05" : "0.1";
      assertTrue(metrics.contains("\"learning_rate\" : " + lr + ","), lr + ": " + metrics);
      assertTrue(r.out().contains("lr " + lr + ","), r.out());
      String tau = told ? "0.01" : "0.1";
      assertTrue(metrics.contains("\"tau_end\" : " + tau + ","), tau + ": " + metrics);
      assertTrue(r.out().contains("temperature 3.0 to " + tau + ", seed 0."), r.out());
      assertEquals(told, metrics.contains("\"short_first_epochs\" : 1,"), metrics);
    }
  }

  @Test
  void aNegativeShortFirstIsOneSentenceAndExitTwo(@TempDir Path out) {
    CommandRun r = CommandRun.of("train", "--task", "reverse", "--short-first", "-3", "--no-progress", "--out",
        out.resolve("run").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--short-first must be 0 or more epochs, not -3."), r.err());
    assertFalse(Files.exists(out.resolve("run")), "nothing written");
  }

  @Test
  void aNegativeClassifierFitIsOneSentenceAndExitTwo(@TempDir Path out) {
    CommandRun r =
        CommandRun.of("train", "--task", "hist", "--size", "50", "--classifier-epochs", "-2", "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("-2"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals(0, out.toFile().list().length, "nothing written");
  }

  @Test
  void theStandardBaselineHasNoClassifierFit(@TempDir Path out) {
    CommandRun r =
        CommandRun.of(
            "train", "--task", "hist", "--size", "50", "--standard", "--classifier-epochs", "5",
            "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--classifier-epochs") && r.err().contains("--standard"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals(0, out.toFile().list().length, "nothing written");
  }

  @Test
  void unknownAttentionScoresAreOneSentenceAndExitTwo(@TempDir Path out) {
    CommandRun r =
        CommandRun.of("train", "--task", "hist", "--size", "50", "--attention-scores", "cubic", "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("cubic") && r.err().contains("linear, log"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals(0, out.toFile().list().length, "nothing written");
  }

  @Test
  void unknownTaskIsOneSentenceAndExitTwo(@TempDir Path out) {
    CommandRun r = CommandRun.of("train", "--task", "sorting", "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("sorting"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
