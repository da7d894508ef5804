package io.tprog.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepSummaryTest {
  /** A cell folder with the metrics.json fields the summary reads. */
  private static void finished(Path out, Cell cell, double validation, double test) throws Exception {
    String key = cell.standard() ? "model_token_accuracy" : "program_token_accuracy";
    String configuration =
        cell.standard()
            ? String.format(Locale.ROOT, "{\"layers\": %d, \"heads\": %d, \"var_size\": 8}", cell.layers(), cell.heads())
            : String.format(
                Locale.ROOT,
                "{\"layers\": %d, \"cat_heads\": %d, \"num_heads\": %d, \"cat_mlps\": %d, \"num_mlps\": %d, \"var_size\": 8}",
                cell.layers(), cell.catHeads(), cell.numHeads(), cell.catMlps(), cell.numMlps());
    Files.createDirectories(out.resolve(cell.id()));
    Files.writeString(
        out.resolve(cell.id()).resolve("metrics.json"),
        String.format(
            Locale.ROOT,
            "{\"task\": \"%s\", \"model\": \"%s\", \"configuration\": %s, \"seed\": %d, \"epochs_completed\": 5,"
                + " \"accuracy\": {\"validation\": {\"%s\": %s}, \"test\": {\"%s\": %s}},"
                + " \"timings\": {\"training_seconds_this_process\": 60}}",
            cell.task(), cell.standard() ? "standard-transformer" : "transformer-program", configuration, cell.seed(),
            key, validation, key, test));
  }

  @Test
  void theBestCellHasTheHighestValidationAccuracyTiesGoingToTheSmallerModel(@TempDir Path out) throws Exception {
    Cell small = new Cell("sort", 2, 4, 2, null, 1, 5, false, null);
    Cell large = new Cell("sort", 3, 8, 4, null, 0, 5, false, null);
    Cell worse = new Cell("sort", 2, 4, 2, null, 0, 5, false, null);
    Cell standard = new Cell("sort", 2, 4, 0, null, 0, 5, true, null);
    Cell notRun = new Cell("sort", 3, 4, 2, null, 0, 5, false, null);
    finished(out, small, 0.9, 0.91);
    finished(out, large, 0.9, 0.95);
    finished(out, worse, 0.8, 0.99);
    finished(out, standard, 0.97, 0.96);
    Files.writeString(
        out.resolve("sweep.json"),
        SweepFolders.json().writeValueAsString(new Sweep.Plan(List.of(small, large, worse, standard, notRun), List.of())));

    SweepSummary.Summary summary = SweepSummary.write(out);

    Map<String, Object> best = summary.best().get(0);
    assertEquals("sort-L2-H4-M2-s1", best.get("best_cell"));
    assertEquals(0.91, best.get("test_accuracy"));
    assertEquals("sort-std-L2-H4-s0", best.get("standard_best_cell"));
    assertEquals(0.96, best.get("standard_test_accuracy"));
    assertEquals(99.83, best.get("paper_test_accuracy"));
    assertEquals(List.of(notRun.id()), summary.notRun());
    String md = Files.readString(out.resolve("summary.md"));
    assertTrue(md.contains("| sort | sort-L2-H4-M2-s1 | 90.00 | 91.00 | sort-std-L2-H4-s0 | 96.00 | 99.83 |"), md);
    assertTrue(md.contains("5 cells planned: 4 finished, 0 failed, 1 not run yet."), md);
    assertTrue(Files.size(out.resolve("accuracy.png")) > 1000);
  }
}
