package io.tprog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

  /** Every command of analysis.md's command table, plus the benchmarks. */
  private static final List<String> COMMANDS =
      List.of(
          "train", "sweep", "data", "eval", "report", "trace", "heads", "ablate", "prune", "convert", "parse", "bench");

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommand() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    for (String c : COMMANDS) {
      assertTrue(r.out().matches("(?s).*\\n\\s+" + c + "\\s+.*"), "--help should list " + c + ":\n" + r.out());
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : COMMANDS) {
      Run r = run(c, "--help");
      assertEquals(0, r.exit(), c + " --help");
      assertTrue(r.out().startsWith("Usage: tprog " + c), r.out());
    }
  }

  @Test
  void taskOptionsListEveryTask() {
    for (String c : List.of("train", "sweep", "data")) {
      String help = run(c, "--help").out().replaceAll("\\s+", " ");
      for (io.tprog.learner.data.Task t : io.tprog.learner.data.Task.values()) {
        assertTrue(help.contains(t.id()), c + " --help should name the task " + t.id() + ": " + help);
      }
    }
  }

  @Test
  void unknownOptionIsOneSentenceAndExitTwo() {
    Run r = run("--no-such-option");
    assertEquals(2, r.exit());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("tprog: ") && first.endsWith("."), first);
    assertTrue(first.contains("--no-such-option"), first);
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
  }

  @Test
  void missingCommandIsAnError() {
    Run r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing command"), r.err());
  }

  @Test
  void versionIsPrinted() {
    Run r = run("--version");
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
