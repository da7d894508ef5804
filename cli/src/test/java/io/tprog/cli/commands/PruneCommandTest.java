package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruneCommandTest {
  @TempDir Path dir;

  private static final String SORT = CommandRun.fixture("dynamic/sort/sort.py");
  private static final String SORT_DATA = CommandRun.fixture("dynamic/sort/sort.jsonl");

  @Test
  void writesTheProgramAndItsWeightsAndSaysWhatWent() throws Exception {
    Path out = dir.resolve("out");
    CommandRun r = CommandRun.of("prune", SORT, "--data", SORT_DATA, "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("removed components (1): attn_0_0"), r.out());
    assertTrue(r.out().contains("predicts identically on 120 examples"), r.out());
    assertTrue(Files.exists(out.resolve("sort_weights.csv")));
    String pruned = Files.readString(out.resolve("sort.py"));
    assertFalse(pruned.contains("def predicate_0_0"), pruned);
    try (var files = Files.list(out)) {
      assertEquals(2, files.count(), "no temporary file is left");
    }
    CommandRun eval = CommandRun.of("eval", out.resolve("sort.py").toString(), "--data", SORT_DATA);
    assertTrue(eval.out().contains("position accuracy: 1.0000"), eval.out());
    CommandRun report = CommandRun.of("report", out.resolve("sort.py").toString(), "--json");
    assertEquals(0, report.exit(), report.err());
    assertFalse(report.out().contains("\"attn_0_0\""), "the pruned head is gone from the static analysis: " + report.out());
  }

  @Test
  void refusesToOverwriteTheProgramAndBadData() throws Exception {
    Path copy = dir.resolve("sort.py");
    Files.copy(Path.of(SORT), copy);
    Files.copy(Path.of(SORT).resolveSibling("sort_weights.csv"), dir.resolve("sort_weights.csv"));
    CommandRun same = CommandRun.of("prune", copy.toString(), "--data", SORT_DATA, "--out", dir.toString());
    assertEquals(2, same.exit());
    assertTrue(same.err().contains("is the program's own folder"), same.err());
    assertEquals(Files.readString(Path.of(SORT)), Files.readString(copy));

    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"tokens\": [\"<s>\"\n");
    CommandRun r = CommandRun.of("prune", SORT, "--data", bad.toString(), "--out", dir.resolve("o").toString());
    assertTrue(r.exit() != 0);
    assertTrue(r.err().contains("bad.jsonl line 1"), r.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }
}
