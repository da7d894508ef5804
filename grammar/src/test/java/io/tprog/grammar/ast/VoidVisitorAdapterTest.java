package io.tprog.grammar.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoidVisitorAdapterTest {
  private static Module parse(String source) {
    return PythonParser.parse(source, "t.py").module().orElseThrow();
  }

  @Test
  void visitsEveryNameInSourceOrder() {
    Module m = parse("def f(a):\n    return [g(x) for x in a if x]\n\nb = {k: v for k, v in c}\n");
    List<String> names = new ArrayList<>();
    m.accept(new VoidVisitorAdapter<List<String>>() {
      @Override
      public void visit(Name node, List<String> seen) {
        seen.add(node.id() + ":" + node.ctx());
        super.visit(node, seen);
      }
    }, names);
    assertEquals(List.of("g:Load", "x:Load", "x:Store", "a:Load", "x:Load", "b:Store", "k:Load", "v:Load",
        "k:Store", "v:Store", "c:Load"), names);
  }

  @Test
  void visitorAdapterReturnsTheFirstResult() {
    Module m = parse("x = 1\ny = f(2)\nz = g(3)\n");
    String firstCall = m.accept(new VisitorAdapter<String, Void>() {
      @Override
      public String visit(Call node, Void arg) {
        return ((Name) node.func()).id() + "@" + node.range().line();
      }
    }, null);
    assertEquals("f@2", firstCall);
  }
}
