package io.tprog.format.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of fixtures/hostile is refused by the allowlist or contained at run time, exactly as its
 * {@code # expect:} line says, within its time limit plus 2 s; no file appears anywhere it could have written, and
 * the sandbox goes on.
 */
@Tag("slow")
class HostileProgramsTest {
  private static final Limits TIGHT = new Limits(Duration.ofSeconds(3), 128L << 20, 200);

  @TempDir Path dir;

  static Stream<String> hostilePrograms() throws IOException {
    try (Stream<Path> files = Files.list(SandboxFixtures.path("hostile"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
    }
  }

  @Test
  void theCorpusHasAtLeastThirtyPrograms() throws IOException {
    assertTrue(hostilePrograms().count() >= 30);
  }

  @ParameterizedTest
  @MethodSource("hostilePrograms")
  void isRefusedOrContained(String name) throws Exception {
    Path original = SandboxFixtures.path("hostile/" + name);
    String source = Files.readString(original);
    String expect = source.lines().findFirst().orElseThrow().replaceFirst("^# expect: ", "");
    Path program = dir.resolve(name);
    Files.writeString(program, source);
    Path canary = Path.of("pwned.txt").toAbsolutePath();
    Files.deleteIfExists(canary);

    JythonSandbox.shared().awaitWorker(TIGHT);
    long start = System.nanoTime();
    String outcome = outcome(program, source);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertEquals(expect, outcome, name);
    assertTrue(seconds < TIGHT.time().toSeconds() + 2, name + " took " + seconds + " s");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(program), left.toList(), name + " wrote into its folder");
    }
    assertFalse(Files.exists(canary), name + " wrote " + canary);
    assertFalse(Files.exists(dir.getParent().resolve("pwned.txt")), name + " wrote beside its folder");
    SandboxedProgram sort = JythonSandbox.shared().load(SandboxFixtures.path("dynamic/sort/sort.py"), Files.readString(SandboxFixtures.path("dynamic/sort/sort.py")));
    assertEquals(List.of("<s>", "1", "2", "</s>"), sort.predict(List.of("<s>", "2", "1", "</s>")), "the sandbox must go on after " + name);
  }

  private static String outcome(Path program, String source) {
    try {
      SandboxedProgram loaded = JythonSandbox.shared().load(program, source, TIGHT);
      loaded.predict(List.of("<s>", "1", "</s>"));
      return fail("ran to the end: " + program.getFileName());
    } catch (SandboxRefusal e) {
      assertTrue(e.getMessage().startsWith(program + " line " + e.line() + " column " + e.column()), e.getMessage());
      return "refused " + e.construct();
    } catch (ExecutionStopped e) {
      assertTrue(e.getMessage().startsWith(program + " was stopped: "), e.getMessage());
      return "stopped " + e.reason();
    } catch (ProgramError e) {
      assertTrue(e.getMessage().startsWith(program.toString()), e.getMessage());
      return "error " + e.pythonType();
    }
  }
}
