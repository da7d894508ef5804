package io.tprog.learner.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JythonSourceTest {

  @Test
  void membershipTestsAgainstConstantSetsBecomeIndexedFrozensets() {
    String source = """
        def f(q, key):
            if q in {"0", "1"}:
                return key not in {(0, 1), (2, -3)}
            return False
        """;
    JythonSource.Prepared prepared = JythonSource.prepare(source);
    assertEquals("""
        def f(q, key):
            if q in tprog_set_literals[0]:
                return key not in tprog_set_literals[1]
            return False
        """, prepared.text());
    assertEquals(List.of("[\"0\", \"1\"]", "[(0, 1), (2, -3)]"), prepared.literals());
  }

  @Test
  void lineBreaksInsideALiteralAreKeptSoLineNumbersDoNotMove() {
    String source = "if key in {\n    (0, 1),\n    (1, 2)\n}:\n    x = 1\n";
    JythonSource.Prepared prepared = JythonSource.prepare(source);
    assertEquals("if key in tprog_set_literals[0\n\n\n]:\n    x = 1\n", prepared.text());
    assertEquals(source.lines().count(), prepared.text().lines().count());
  }

  @Test
  void everythingElseIsLeftAlone() {
    String source = String.join("\n",
        "d = {1: 2}",
        "s = {1, 2}",
        "c = x in {y for y in range(3)}",
        "v = x in {a, 1}",
        "t = \"in {1, 2}\"",
        "# in {3, 4}",
        "e = x in {}",
        "u = \"}\" in {\"{\", '}'}",
        "");
    JythonSource.Prepared prepared = JythonSource.prepare(source);
    assertEquals(source.replace("{\"{\", '}'}", "tprog_set_literals[0]"), prepared.text());
    assertEquals(List.of("[\"{\", '}']"), prepared.literals());
  }
}
