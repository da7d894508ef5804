package io.tprog.analyzer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.analyzer.data.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownTest {
  private static final List<Example> EXAMPLES =
      List.of(
          new Example("test", List.of("<s>", "1", "0", "</s>"), List.of("<pad>", "0", "1", "<pad>"), 1),
          new Example("test", List.of("<s>", "2", "</s>"), List.of("<pad>", "2", "<pad>"), 2),
          new Example("test", List.of("<s>", "0", "1", "</s>"), List.of("<pad>", "1", "0", "<pad>"), 3));
  private static final Evaluation EVALUATION =
      Evaluation.of(
          EXAMPLES,
          List.of(List.of("<s>", "0", "0", "</s>"), List.of("<s>", "2", "</s>"), List.of("<s>", "1", "0", "</s>")));

  @Test
  void lengthCountsTokensBetweenTheBoundariesWorstFirst() {
    assertEquals(
        List.of(new AccuracyCell("2", 3, 4, 1, 2), new AccuracyCell("1", 1, 1, 1, 1)), Breakdown.LENGTH.cells(EVALUATION));
    assertEquals(3, Breakdown.inputLength(List.of("<s>", "a", "b", "c", "</s>")));
  }

  @Test
  void positionAndClassCells() {
    assertEquals(List.of(new AccuracyCell("2", 1, 2, 1, 2), new AccuracyCell("1", 3, 3, 3, 3)), Breakdown.POSITION.cells(EVALUATION));
    assertEquals(
        List.of(new AccuracyCell("1", 1, 2, 1, 2), new AccuracyCell("0", 2, 2, 2, 2), new AccuracyCell("2", 1, 1, 1, 1)),
        Breakdown.CLASS.cells(EVALUATION));
  }
}
