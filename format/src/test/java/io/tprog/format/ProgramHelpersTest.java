package io.tprog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.grammar.ParseResult;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramHelpersTest {
  @Test
  void theResourceHoldsEveryHelperOfTheFormatOnce() {
    List<String> all = new ArrayList<>(ProgramHelpers.SELECTION);
    all.addAll(ProgramHelpers.SCORING);
    all.addAll(ProgramHelpers.WORDS);
    assertEquals(all, ProgramHelpers.names());
  }

  @Test
  void eachDefinitionIsOneWholeFunctionOfThatName() {
    for (String name : ProgramHelpers.names()) {
      ParseResult parsed = PythonParser.parse(ProgramHelpers.text(List.of(name)) + "\n", name);
      assertTrue(parsed.ok(), name + ": " + parsed.problems());
      List<Stmt> body = parsed.module().orElseThrow().body();
      assertEquals(1, body.size(), name);
      assertEquals(name, ((FunctionDef) body.get(0)).name());
    }
  }

  @Test
  void textKeepsTheOrderAskedForWithTwoBlankLinesBetween() {
    String text = ProgramHelpers.text(List.of("classify", "load_weights"));
    assertTrue(text.startsWith("def classify(weights, features, pooled=False):\n"), text);
    assertTrue(text.contains("\n\n\ndef load_weights(path):\n"), text);
    assertTrue(!text.endsWith("\n"), "no final newline");
    ParseResult parsed = PythonParser.parse(text + "\n", "two helpers");
    assertTrue(parsed.ok(), parsed.problems().toString());
  }

  @Test
  void theHelpersNeverSpellAPoolingCall() {
    // The analyzer tells a pooled program by its classify call's pooled=True or pooled="mean"; every program carries
    // these helpers, so their text must not contain either.
    String all = ProgramHelpers.text(ProgramHelpers.names());
    assertTrue(!all.contains("pooled=True") && !all.contains("pooled=\"mean\""), all);
  }

  @Test
  void anUnknownHelperIsTheCallersMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramHelpers.text(List.of("softmax")));
    assertTrue(e.getMessage().contains("softmax"), e.getMessage());
  }
}
