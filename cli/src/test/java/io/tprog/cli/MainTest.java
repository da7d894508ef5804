package io.tprog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.cli.commands.CommandRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

  /** Every command of analysis.md's command table, plus the benchmarks. */
  private static final List<String> COMMANDS =
      List.of(
          "train", "sweep", "data", "eval", "report", "trace", "heads", "ablate", "prune", "convert", "parse", "bench");

  @Test
  void helpListsEveryCommand() {
    CommandRun r = CommandRun.of("--help");
    assertEquals(0, r.exit());
    for (String c : COMMANDS) {
      assertTrue(r.out().matches("(?s).*\\n\\s+" + c + "\\s+.*"), "--help should list " + c + ":\n" + r.out());
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : COMMANDS) {
      CommandRun r = CommandRun.of(c, "--help");
      assertEquals(0, r.exit(), c + " --help");
      assertTrue(r.out().startsWith("Usage: tprog " + c), r.out());
    }
  }

  @Test
  void taskOptionsListEveryTask() {
    for (String c : List.of("train", "sweep", "data")) {
      String help = CommandRun.of(c, "--help").out().replaceAll("\\s+", " ");
      for (io.tprog.learner.data.Task t : io.tprog.learner.data.Task.values()) {
        assertTrue(help.contains(t.id()), c + " --help should name the task " + t.id() + ": " + help);
      }
    }
  }

  @Test
  void unknownOptionIsOneSentenceAndExitTwo() {
    CommandRun r = CommandRun.of("--no-such-option");
    assertEquals(2, r.exit());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("tprog: ") && first.endsWith("."), first);
    assertTrue(first.contains("--no-such-option"), first);
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
  }

  @Test
  void missingCommandIsAnError() {
    CommandRun r = CommandRun.of();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing command"), r.err());
  }

  @Test
  void versionIsPrinted() {
    CommandRun r = CommandRun.of("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("tprog "), r.out());
  }

  @Test
  void errorsBecomeOneSentence() {
    assertEquals("no such file: x.py.", Errors.sentence(Errors.message(new java.nio.file.NoSuchFileException("x.py"))));
    assertEquals("a b.", Errors.sentence("a\n  b"));
    assertEquals("done!", Errors.sentence("done!"));
  }
}
