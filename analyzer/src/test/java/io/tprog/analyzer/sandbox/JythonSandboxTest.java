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

  /**
   * In a fresh JVM, the first program gets a 1 s limit, below Jython's cold start (seconds on these machines): the start-up is
   * paid before any limit, so the program runs, and the interpreter serves the next one.
   */
  @Test
  void startUpIsNotChargedToTheFirstProgram() throws Exception {
    Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                javaBinary.toString(),
                "-Xss16m",
                "-cp",
                System.getProperty("java.class.path"),
                FirstUseProbe.class.getName(),
                TestFixtures.path("dynamic/sort/sort.py").toString(),
                "1000")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }
}
