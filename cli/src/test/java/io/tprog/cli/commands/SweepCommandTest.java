package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.sweep.Cell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  @Test
  void aFinishedProgramCellGetsTheCircuitReportTrainWrites(@TempDir Path folder) throws Exception {
    Files.copy(Path.of(CommandRun.fixture("programs/hist/hist.py")), folder.resolve("hist.py"));
    Files.copy(Path.of(CommandRun.fixture("programs/hist/hist_weights.csv")), folder.resolve("hist_weights.csv"));
    new SweepCommand.CircuitReport().finish(new Cell("hist", 1, 4, 2, null, 0, 250, false, null), folder);
    assertTrue(Files.isRegularFile(folder.resolve("report").resolve("report.html")));
    assertTrue(Files.readString(folder.resolve("report").resolve("report.md")).contains("attn_"));
  }

  @Test
  void theBaselineHasNoProgramToReport(@TempDir Path folder) throws Exception {
    new SweepCommand.CircuitReport().finish(new Cell("hist", 1, 4, 0, null, 0, 250, true, null), folder);
    assertFalse(Files.exists(folder.resolve("report")));
  }

  @Test
  void aBadGridIsOneSentenceAndExitTwo(@TempDir Path out) {
    CommandRun r = CommandRun.of("sweep", "--task", "hist", "--grid", "depth=2", "--out", out.toString());
    assertEquals(2, r.exit());
    assertEquals(
        "tprog: The grid part 'depth=2' is not one of layers=, heads=, mlps=, vars= or seeds= with values.",
        r.err().strip());
    assertFalse(Files.exists(out.resolve("sweep.json")));
  }
}
