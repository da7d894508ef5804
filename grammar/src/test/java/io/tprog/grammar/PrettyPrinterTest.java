package io.tprog.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.grammar.ast.Module;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrettyPrinterTest {
  private static Module parse(String source) {
    ParseResult result = PythonParser.parse(source, "t.py");
    assertTrue(result.ok(), () -> result.problems().toString());
    return result.module().orElseThrow();
  }

  private static void assertRoundTrips(String source) {
    Module original = parse(source);
    String printed = PrettyPrinter.print(original);
    ParseResult again = PythonParser.parse(printed, "printed.py");
    assertTrue(again.ok(), () -> again.problems() + " in:\n" + printed);
    assertEquals(AstDump.dump(original), AstDump.dump(again.module().orElseThrow()), printed);
  }

  @Test
  void samplesRoundTrip() throws Exception {
    for (String sample : new String[] {"features.py", "program.py"}) {
      try (InputStream in = PrettyPrinterTest.class.getResourceAsStream("samples/" + sample)) {
        assertRoundTrips(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void parenthesizesOnlyWherePrecedenceNeedsIt() {
    assertEquals("x = (-a) ** b\n", PrettyPrinter.print(parse("x = (-a) ** b\n")));
    assertEquals("x = -a ** b\n", PrettyPrinter.print(parse("x = -(a ** b)\n")));
    assertEquals("x = (a + b) * c - (d - e)\n", PrettyPrinter.print(parse("x = (a + b) * c - (d - e)\n")));
    assertEquals("x = (a if b else c) if d else e\n", PrettyPrinter.print(parse("x = (a if b else c) if d else e\n")));
    assertEquals("x = (a < b) < c\n", PrettyPrinter.print(parse("x = (a < b) < c\n")));
    assertEquals("x = not a == b\n", PrettyPrinter.print(parse("x = not (a == b)\n")));
    assertEquals("x = (not a) == b\n", PrettyPrinter.print(parse("x = (not a) == b\n")));
    assertEquals("x = (1).real\n", PrettyPrinter.print(parse("x = 1 .real\n")));
  }

  @Test
  void fStringsKeepTheirFieldsAndChooseFreeQuotes() {
    assertRoundTrips("x = f'{a[\"k\"]!r:>{w}} {{}} \\n' f\"{b=}\"\n");
    assertEquals("x = f\"{d['k']}\"\n", PrettyPrinter.print(parse("x = f'{d[\"k\"]}'\n")));
  }

  @Test
  void blocksAreIndentedFourSpaces() {
    assertEquals("def f(a, b=1, *c, d, **e):\n    if a:\n        return b\n    else:\n        pass\n",
        PrettyPrinter.print(parse("def f(a, b=1, *c, d, **e):\n  if a: return b\n  else: pass\n")));
  }
}
