package io.tprog.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local sweeps of a tiny hist model (1 layer, 2 epochs, 600 inputs): resume after a kill, and a failing cell. */
class SweepTest {
  static final String TINY_GRID = "layers=1 heads=2 mlps=2 seeds=0-1";

  static List<Cell> tinyCells(String grid) {
    return SweepPlan.cells(List.of("hist"), grid, 2, false, 600);
  }

  @Test
  void aFailingCellLeavesTheOthersFinishedAndTheSummarySaysWhy(@TempDir Path out) throws Exception {
    // Variable size 4 is smaller than hist's vocabulary: the learner refuses that cell when it trains it.
    Sweep.Result result =
        new Sweep(out).master("local[2]").run(tinyCells("layers=1 heads=2 mlps=2 vars=4,8 seeds=0"));

    String bad = "hist-L1-H2-M2-k4-s0";
    String good = "hist-L1-H2-M2-k8-s0";
    assertEquals(List.of(good), result.ran(), () -> "failed: " + result.failed());
    String reason = "The vocabulary has 8 tokens, more than the variable size 4.";
    assertEquals(Map.of(bad, reason), result.failed());
    for (String file : List.of("hist.py", "hist_weights.csv", "metrics.json", "curves.csv", "checkpoint.bin")) {
      assertTrue(Files.isRegularFile(out.resolve(good).resolve(file)), file);
    }
    assertFalse(Files.exists(out.resolve(bad).resolve("metrics.json")));
    String md = Files.readString(out.resolve("summary.md"));
    assertTrue(md.contains("| " + bad + " | " + reason + " |"), md);
    assertTrue(md.contains("| hist | " + good + " |"), md);
    JsonNode json = SweepFolders.json().readTree(out.resolve("summary.json").toFile());
    assertEquals(reason, json.path("failed").path(bad).asText());
    assertEquals(good, json.path("best").get(0).path("best_cell").asText());
    assertTrue(Files.readString(out.resolve("summary.html")).contains("data:image/png;base64,"));

    Files.delete(out.resolve("summary.md"));
    SweepSummary.write(out);
    assertEquals(md, Files.readString(out.resolve("summary.md")));
  }

  private static String read(File log) {
    try {
      return Files.readString(log.toPath());
    } catch (java.io.IOException e) {
      return e.getMessage();
    }
  }

  @Test
  void resumeAfterAKilledSweepTrainsNoFinishedCellAgain(@TempDir Path out, @TempDir Path logs) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SweepMain.class.getName(),
                "--task", "hist", "--grid", TINY_GRID, "--epochs", "2", "--size", "600", "--master", "local[1]",
                "--out", out.toString()));
    File log = logs.resolve("sweep.log").toFile();
    Process sweep = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    List<Cell> cells = tinyCells(TINY_GRID);
    Map<String, FileTime> finishedBefore = new TreeMap<>();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (finishedBefore.isEmpty() && sweep.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        for (Cell cell : cells) {
          if (SweepFolders.finished(out, cell.id())) {
            finishedBefore.put(cell.id(), Files.getLastModifiedTime(out.resolve(cell.id()).resolve("metrics.json")));
          }
        }
      }
    } finally {
      sweep.destroyForcibly().waitFor();
    }
    assertFalse(finishedBefore.isEmpty(), () -> "no cell finished before the kill; the sweep's log:\n" + read(log));
    assertTrue(finishedBefore.size() < cells.size(), "every cell finished before the kill");
    Map<String, byte[]> metricsBefore = new TreeMap<>();
    for (String id : finishedBefore.keySet()) {
      metricsBefore.put(id, Files.readAllBytes(out.resolve(id).resolve("metrics.json")));
    }

    Sweep.Result resumed = new Sweep(out).master("local[1]").resume(true).run(cells);

    assertEquals(List.copyOf(finishedBefore.keySet()), resumed.skipped());
    assertEquals(cells.size() - finishedBefore.size(), resumed.ran().size());
    assertTrue(resumed.ran().stream().noneMatch(finishedBefore::containsKey));
    for (String id : finishedBefore.keySet()) {
      assertEquals(finishedBefore.get(id), Files.getLastModifiedTime(out.resolve(id).resolve("metrics.json")), id);
      assertArrayEquals(metricsBefore.get(id), Files.readAllBytes(out.resolve(id).resolve("metrics.json")), id);
    }
    for (Cell cell : cells) {
      assertTrue(SweepFolders.finished(out, cell.id()), cell.id());
    }
    assertEquals(cells.size(), SweepSummary.write(out).cells().size());
  }
}
