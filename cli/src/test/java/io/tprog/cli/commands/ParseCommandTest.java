package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final String PROGRAM = "import csv\n\n\ndef run(tokens):\n"
      + "    positions = list(range(len(tokens)))\n"
      + "    return [p for p in positions if tokens[p] in {'a', 'b'}]\n\n\n"
      + "if __name__ == '__main__':\n    print(run(['a', 'c']))\n";

  @Test
  void validFilePrintsOk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("program.py");
    Files.writeString(file, PROGRAM);
    CommandRun r = CommandRun.of("parse", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("OK", r.out().trim());
  }

  @Test
  void dumpPrintsWhatCpythonPrints(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("program.py");
    Files.writeString(file, PROGRAM);
    Process python = new ProcessBuilder("python3", "-c",
        "import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read())))", file.toString()).start();
    String expected = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    python.waitFor(1, TimeUnit.MINUTES);
    assertTrue(expected.startsWith("Module(body=[Import("), expected);

    CommandRun r = CommandRun.of("parse", file.toString(), "--dump");
    assertEquals(0, r.exit(), r.err());
    assertEquals(expected, r.out().trim());
  }

  @Test
  void problemsArePrintedWithFileLineAndColumnAndExitTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.py");
    Files.writeString(file, "def f(x):\n    return (x +\n\nprint(f(1))\n");
    CommandRun r = CommandRun.of("parse", file.toString());
    assertEquals(2, r.exit());
    assertEquals(file + ":2:12: '(' was never closed", r.out().trim());
  }

  @Test
  void missingFileIsOneSentence(@TempDir Path dir) {
    CommandRun r = CommandRun.of("parse", dir.resolve("nope.py").toString());
    assertEquals(2, r.exit());
    assertEquals("tprog: " + dir.resolve("nope.py") + " is not a file.", r.err().trim());
  }

  @Test
  void benchReportsLinesPerSecondForBothParsers(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.py"), PROGRAM);
    Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(dir.resolve("pkg/two.py"), "x = 1\ny = [x] * 3\n");
    CommandRun r = CommandRun.of("bench", "parse", "--stdlib", dir.toString(), "--warmup", "0", "--rounds", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Parsing 2 files, 12 lines"), r.out());
    assertTrue(r.out().matches("(?s).*tprog \\(warm JVM\\)\\s+[\\d,]+\\s+[\\d,]+.*"), r.out());
    assertTrue(r.out().matches("(?s).*CPython ast.parse\\s+[\\d,]+\\s+[\\d,]+.*"), r.out());
    assertTrue(r.out().contains("CPython's time by wall clock"), r.out());
  }
}
