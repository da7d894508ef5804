package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.reports.Fixtures;
import io.tprog.reports.ReportInputException;
import io.tprog.reports.circuit.CircuitReport.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingMetricsTest {
  @Test
  void keepsTheAccuracyFractionsAndLeavesCountsOut(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("metrics.json"),
            "{\"task\": \"sort\", \"accuracy\": {\"test\": {\"program_token_accuracy\": 0.5, \"scored_positions\": 10},"
                + " \"train\": {\"program_sequence_accuracy\": 0.25}}, \"agreement\": {\"test\": {\"examples\": 3}}}");
    assertEquals(
        List.of(new Figure("metrics", "test.program_token_accuracy", 0.5), new Figure("metrics", "train.program_sequence_accuracy", 0.25)),
        TrainingMetrics.read(file));
  }

  @Test
  void readsTheLearnersOwnMetrics() {
    List<Figure> figures = TrainingMetrics.read(Fixtures.path("programs/hist/metrics.json"));
    assertTrue(figures.stream().anyMatch(f -> f.name().equals("test.program_token_accuracy") && f.value() > 0.9), figures.toString());
  }

  @Test
  void brokenJsonIsNamedWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("metrics.json"), "{\n  \"accuracy\": {,\n}");
    ReportInputException e = assertThrows(ReportInputException.class, () -> TrainingMetrics.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2:16: not valid JSON"), e.getMessage());
  }
}
