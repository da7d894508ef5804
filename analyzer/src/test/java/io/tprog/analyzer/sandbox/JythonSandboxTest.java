package io.tprog.analyzer.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.data.TestFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JythonSandboxTest {
  @TempDir Path dir;

  private SandboxedProgram load(Path file) throws Exception {
    return JythonSandbox.shared().load(file, Files.readString(file));
  }

  @Test
  void runsTheSortFixture() throws Exception {
    SandboxedProgram sort = load(TestFixtures.path("dynamic/sort/sort.py"));
    assertEquals(List.of("<s>", "0", "1", "2", "2", "</s>"), sort.predict(List.of("<s>", "2", "1", "0", "2", "</s>")));
  }

  @Test
  void stopsAnEndlessLoopAndGoesOn() throws Exception {
    Path p = dir.resolve("loop.py");
    Files.writeString(p, "def run(tokens):\n    while True:\n        pass\n");
    Limits oneSecond = JythonSandbox.shared().limits().withTime(java.time.Duration.ofSeconds(1));
    SandboxedProgram loop = JythonSandbox.shared().load(p, Files.readString(p), oneSecond);
    long start = System.nanoTime();
    ExecutionStopped e = assertThrows(ExecutionStopped.class, () -> loop.predict(List.of("a")));
    assertEquals(ExecutionStopped.Reason.TIME, e.reason());
    assertTrue((System.nanoTime() - start) / 1e9 < 6);
    runsTheSortFixture();
  }
}
