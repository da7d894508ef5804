package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's exit-code table, one case of each code, and the bad inputs that used to slip through. */
class ExitCodesTest {
  @TempDir Path dir;

  @Test
  void aProgramWithASyntaxErrorIsOneSentenceExitTwoAndNoFiles() throws Exception {
    Path program = dir.resolve("broken.py");
    Files.writeString(program, "def run(tokens):\n    return [x for x in tokens\n");
    Path out = dir.resolve("report");
    CommandRun r = CommandRun.of("report", program.toString(), "--out", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().strip().matches("tprog: " + java.util.regex.Pattern.quote(program.toString()) + ":2:\\d+: .*\\."), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(Files.exists(out), "a report was written for a file that does not parse");
  }

  @Test
  void jsonWithOutKeepsStandardOutputParseable() throws Exception {
    Path out = dir.resolve("report");
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/clean/clean.py"), "--json", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    new ObjectMapper().readTree(r.out());
    assertFalse(r.out().contains("wrote "), r.out());
    assertTrue(r.err().contains("wrote "), r.err());
    assertTrue(Files.exists(out.resolve("report.json")));
  }

  @Test
  void aRefusedProgramExitsFour() throws Exception {
    Path program = dir.resolve("evil.py");
    Files.writeString(program, "import subprocess\ndef run(tokens):\n    return tokens\n");
    CommandRun r = CommandRun.of("eval", program.toString(), "--data", CommandRun.fixture("dynamic/sort/sort.jsonl"));
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().startsWith("tprog: " + program + " line 1 column 1: import subprocess is not allowed"), r.err());
  }

  @Test
  void aMalformedDataFileExitsTwo() throws Exception {
    Path data = Files.writeString(dir.resolve("bad.jsonl"), "{\"tokens\": [\"<s>\"]\n");
    CommandRun r = CommandRun.of("eval", CommandRun.fixture("dynamic/sort/sort.py"), "--data", data.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("tprog: " + data + " line 1"), r.err());
  }

  @Test
  void trainingIntoAnExistingFileFailsBeforeTheFirstStep() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "not a folder");
    long start = System.nanoTime();
    CommandRun r = CommandRun.of("train", "--task", "hist", "--epochs", "200", "--out", file.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("tprog: " + file), r.err());
    assertEquals("not a folder", Files.readString(file));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "nothing else was written");
    }
    assertTrue((System.nanoTime() - start) / 1e9 < 30, "it trained before checking where to write");
  }
}
