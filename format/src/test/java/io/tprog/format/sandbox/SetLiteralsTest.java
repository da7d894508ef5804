package io.tprog.format.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetLiteralsTest {
  @TempDir Path dir;

  @Test
  void constantSetsOnTheRightOfInMoveOutAndEveryLineKeepsItsNumber() {
    String source =
        "def f(key, other):\n"
            + "    if key in {(0, 1),\n"
            + "               (2, -3)}:\n"
            + "        return 'a'\n"
            + "    elif key not in {\"x\", 'y'} and other in {other}:\n"
            + "        return 'b'\n"
            + "    return {1, 2}\n";
    SetLiterals.Hoisted h = SetLiterals.hoist(source, "t.py");
    assertEquals(2, h.literals().size(), h.text());
    assertEquals(source.lines().count(), h.text().lines().count());
    assertTrue(h.text().contains("    if key in (tprog_sets[0]\n)"), h.text());
    assertTrue(h.text().contains("elif key not in (tprog_sets[1]) and other in {other}:"), h.text());
    assertTrue(h.text().contains("return {1, 2}"), "a set that is not the right of in stays: " + h.text());
  }

  /**
   * A table too large for one JVM method (Jython's limit is 64 KB of bytecode per function) loads and answers as the
   * literal says, membership and line numbers included.
   */
  @Test
  void aTableTooLargeForOneJvmMethodLoads() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int a = 0; a < 120; a++) {
      for (int b = 0; b < 40; b++) {
        rows.append(b == 0 && a > 0 ? ",\n            " : a + b == 0 ? "" : ", ").append('(').append(a).append(", ").append(b).append(')');
      }
    }
    String source =
        "def run(tokens):\n"
            + "    def table(a, b):\n"
            + "        key = (a, b)\n"
            + "        if key in {" + rows + "}:\n"
            + "            return \"in\"\n"
            + "        return \"out\"\n"
            + "    return [table(int(t), 39) if t != \"x\" else table(-1, 0) for t in tokens]\n";
    Path p = dir.resolve("big.py");
    Files.writeString(p, source);
    SandboxedProgram program = JythonSandbox.shared().load(p, source);
    assertEquals(List.of("in", "in", "out"), program.predict(List.of("0", "119", "x")));
  }
}
