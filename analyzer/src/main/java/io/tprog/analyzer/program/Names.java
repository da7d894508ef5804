package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Node;
import io.tprog.grammar.ast.VoidVisitorAdapter;
import java.util.ArrayList;
import java.util.List;

/** The names a piece of the AST mentions, in source order. */
final class Names extends VoidVisitorAdapter<List<String>> {
  private static final Names INSTANCE = new Names();

  private Names() {}

  static List<String> in(Node node) {
    List<String> names = new ArrayList<>();
    node.accept(INSTANCE, names);
    return names;
  }

  @Override
  public void visit(Name node, List<String> names) {
    names.add(node.id());
  }
}
