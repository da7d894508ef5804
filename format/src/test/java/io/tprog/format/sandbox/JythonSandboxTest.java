package io.tprog.format.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JythonSandboxTest {
  private static final List<String> INPUT = List.of("<s>", "2", "1", "0", "2", "</s>");
  private static final List<String> SORTED = List.of("<s>", "0", "1", "2", "2", "</s>");

  @TempDir Path dir;

  private static SandboxedProgram load(JythonSandbox sandbox, Path file) throws Exception {
    return sandbox.load(file, Files.readString(file));
  }

  @Test
  void runsTheSortFixture() throws Exception {
    SandboxedProgram sort = load(JythonSandbox.shared(), SandboxFixtures.path("dynamic/sort/sort.py"));
    assertEquals(SORTED, sort.predict(INPUT));
  }

  /**
   * An NLP program's load_embeddings reads the table beside it (docs/program-format-nlp.md); "Zed" is no word of the
   * table and becomes <unk>. The predictions are those CPython gives for the fixture.
   */
  @Test
  void runsAnNlpProgramThatReadsItsEmbeddingsTable() throws Exception {
    SandboxedProgram nlp = load(JythonSandbox.shared(), SandboxFixtures.path("analyzer/word_embeddings/word_embeddings.py"));
    assertEquals(List.of("<s>", "B-PER", "O", "B-PER", "O", "O", "</s>"), nlp.predict(List.of("<s>", "Ann", "met", "Bob", "and,", "Zed", "</s>")));
  }

  @Test
  void stopsAnEndlessLoopAndGoesOn() throws Exception {
    SandboxedProgram sort = load(JythonSandbox.shared(), SandboxFixtures.path("dynamic/sort/sort.py"));
    Path p = dir.resolve("loop.py");
    Files.writeString(p, "def run(tokens):\n    while True:\n        pass\n");
    Limits oneSecond = JythonSandbox.shared().limits().withTime(Duration.ofSeconds(1));
    SandboxedProgram loop = JythonSandbox.shared().load(p, Files.readString(p), oneSecond);
    long start = System.nanoTime();
    ExecutionStopped e = assertThrows(ExecutionStopped.class, () -> loop.predict(List.of("a")));
    assertEquals(ExecutionStopped.Reason.TIME, e.reason());
    assertEquals(p + " was stopped: it ran for more than 1 s without finishing an input", e.getMessage());
    assertTrue((System.nanoTime() - start) / 1e9 < 1 + 2, "stopping took too long");
    // The program loaded before the stop lived in the killed worker: it loads itself again, transparently.
    assertEquals(SORTED, sort.predict(INPUT));
  }

  /**
   * The tool's own heap holds far more than a program's memory limit, and a program's time and memory limits still
   * stop it, within its limit plus 2 s: the limits are the worker process's, not the tool's.
   */
  @Test
  void limitsHoldWhileTheToolsOwnHeapIsLarge() throws Exception {
    long limit = 64L << 20;
    List<long[]> ballast = new ArrayList<>();
    for (long held = 0; held < 4 * limit; held += 8L << 20) {
      ballast.add(new long[1 << 20]);
    }
    Limits twoSeconds = new Limits(Duration.ofSeconds(2), limit, 200);
    try (JythonSandbox sandbox = JythonSandbox.create(twoSeconds.withTime(Duration.ofSeconds(60)))) {
      Path hog = dir.resolve("hog.py");
      Files.writeString(hog, "def run(tokens):\n    keep = []\n    while True:\n        keep.append([0] * 100000)\n");
      Path loop = dir.resolve("loop.py");
      Files.writeString(loop, "def run(tokens):\n    n = 0\n    while True:\n        n += 1\n");
      SandboxedProgram sort = load(sandbox, SandboxFixtures.path("dynamic/sort/sort.py"));
      assertEquals(SORTED, sort.predict(INPUT), "a program within its limits runs although the tool's heap is over them");

      ExecutionStopped memory = assertThrows(ExecutionStopped.class, () -> load(sandbox, hog).predict(List.of("a")));
      assertEquals(ExecutionStopped.Reason.MEMORY, memory.reason(), memory.getMessage());
      assertEquals(hog + " was stopped: it held more than 64 MiB of memory", memory.getMessage());

      SandboxedProgram looping = sandbox.load(loop, Files.readString(loop), twoSeconds);
      long start = System.nanoTime();
      ExecutionStopped time = assertThrows(ExecutionStopped.class, () -> looping.predict(List.of("a")));
      assertEquals(ExecutionStopped.Reason.TIME, time.reason());
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds < 2 + 2, "the time stop took " + seconds + " s");
      assertEquals(SORTED, sort.predict(INPUT));
    }
    assertTrue(ballast.size() > 0);
  }

  /**
   * A new sandbox's first program gets a time limit below the worker's own start-up (a JVM and Jython: seconds): the
   * start is not charged to it, so it runs. The test first checks that the start really is longer than the limit,
   * without which it would prove nothing.
   */
  @Test
  void startUpIsNotChargedToTheFirstProgram() throws Exception {
    Duration limit = Duration.ofSeconds(1);
    long start = System.nanoTime();
    try (JythonSandbox fresh = JythonSandbox.create(Limits.defaults().withTime(limit))) {
      SandboxedProgram sort = load(fresh, SandboxFixtures.path("dynamic/sort/sort.py"));
      long loaded = System.nanoTime() - start;
      assertTrue(loaded > 2 * limit.toNanos(), "the worker started and loaded in " + loaded / 1_000_000 + " ms, under twice the limit");
      assertEquals(SORTED, sort.capture(INPUT).predictions());
    }
  }
}
