package io.tprog.reports.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tprog.reports.ReportInputException;
import io.tprog.reports.plots.TrainingCurves.Epoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCurvesTest {
  private static final String HEADER = "epoch,loss,train_accuracy,temperature,validation_accuracy,seconds\n";

  @Test
  void readsOneEpochPerLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("curves.csv"), HEADER + "1,2.5,0.25,3.0,0.5,1.2\n2,0.5,0.75,0.1,1.0,1.1\n");
    assertEquals(
        new TrainingCurves(List.of(new Epoch(1, 2.5, 0.25, 3.0, 0.5), new Epoch(2, 0.5, 0.75, 0.1, 1.0))),
        TrainingCurves.read(file));
  }

  @Test
  void aBadNumberIsNamedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("curves.csv"), HEADER + "1,2.5,0.25,3.0,0.5,1.2\n2,0.5,oops,0.1,1.0,1.1\n");
    ReportInputException e = assertThrows(ReportInputException.class, () -> TrainingCurves.read(file));
    assertEquals(file + ":3:7: train_accuracy 'oops' is not a number", e.getMessage());
  }

  @Test
  void aWrongHeaderIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("curves.csv"), "epoch,loss\n1,2\n");
    ReportInputException e = assertThrows(ReportInputException.class, () -> TrainingCurves.read(file));
    assertEquals(file + ":1:1: the header must be '" + HEADER.strip() + "'", e.getMessage());
  }

  @Test
  void aShortLineIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("curves.csv"), HEADER + "1,2.5\n");
    ReportInputException e = assertThrows(ReportInputException.class, () -> TrainingCurves.read(file));
    assertEquals(file + ":2:1: expected 6 fields, found 2", e.getMessage());
  }
}
