package io.tprog.format.sandbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AllowlistTest {
  private static final Path FILE = Path.of("/work/p.py");

  /** Every program the project emits or ships in its own format stays inside the allowlist. */
  static Stream<Path> projectPrograms() throws IOException {
    List<Path> programs = new java.util.ArrayList<>();
    for (String folder : List.of("programs", "dynamic")) {
      try (Stream<Path> files = Files.walk(SandboxFixtures.path(folder))) {
        files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("cpython_trace.py")
            && !p.getFileName().toString().equals("make_fixtures.py")).forEach(programs::add);
      }
    }
    return programs.stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("projectPrograms")
  void acceptsTheProjectsPrograms(Path program) throws IOException {
    String source = Files.readString(program);
    assertDoesNotThrow(() -> Allowlist.check(program, source));
  }

  @Test
  void namesLineColumnAndConstruct() {
    SandboxRefusal e = assertThrows(SandboxRefusal.class, () -> Allowlist.check(FILE, "x = 1\ny = [x, eval('2')]\n"));
    assertEquals(2, e.line());
    assertEquals(9, e.column());
    assertEquals("the name eval", e.construct());
    assertEquals("/work/p.py line 2 column 9: the name eval is not allowed in a program (it can run code or reach outside the program)", e.getMessage());
  }

  @Test
  void allowsOsPathAndCsvButNotTheirOtherMembers() {
    assertDoesNotThrow(() -> Allowlist.check(FILE, "import os\nimport csv\np = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'w.csv')\n"));
    assertEquals("the attribute .remove", assertThrows(SandboxRefusal.class, () -> Allowlist.check(FILE, "import os\nos.remove('x')\n")).construct());
    assertTrue(assertThrows(SandboxRefusal.class, () -> Allowlist.check(FILE, "import csv\nw = csv.writer\n")).construct().endsWith(".writer"));
  }

  @Test
  void openOnlyInsideTheTableReaders() {
    assertDoesNotThrow(() -> Allowlist.check(FILE, "def load_weights(path):\n    with open(path) as f:\n        return f.read()\n"));
    assertDoesNotThrow(() -> Allowlist.check(FILE, "def load_embeddings(path):\n    with open(path) as f:\n        return f.read()\n"));
    assertEquals("open", assertThrows(SandboxRefusal.class, () -> Allowlist.check(FILE, "def helper(path):\n    return open(path)\n")).construct());
    SandboxRefusal inRun = assertThrows(SandboxRefusal.class,
        () -> Allowlist.check(FILE, "def load_embeddings(path):\n    return path\n\n\ndef run(tokens):\n    return open(tokens[0])\n"));
    assertEquals(6, inRun.line());
    assertTrue(inRun.getMessage().endsWith("only load_weights and load_embeddings may open a file, to read the program's tables)"), inRun.getMessage());
  }

  @Test
  void refusesSyntaxErrorsWithTheParsersPosition() {
    SandboxRefusal e = assertThrows(SandboxRefusal.class, () -> Allowlist.check(FILE, "def run(tokens)\n    return tokens\n"));
    assertEquals("invalid Python", e.construct());
    assertEquals(1, e.line());
    assertTrue(e.getMessage().startsWith("/work/p.py line 1 column "), e.getMessage());
  }
}
