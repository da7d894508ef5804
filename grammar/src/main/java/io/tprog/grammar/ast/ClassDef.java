package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code class} statement. (CPython's {@code ast.ClassDef}). */
public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList, Range range) implements Stmt {
  public ClassDef {
    Objects.requireNonNull(name, "name");
    bases = List.copyOf(bases);
    keywords = List.copyOf(keywords);
    body = List.copyOf(body);
    decoratorList = List.copyOf(decoratorList);
    Objects.requireNonNull(range, "range");
  }

  @Override
  public <R, A> R accept(Visitor<R, A> visitor, A arg) {
    return visitor.visit(this, arg);
  }

  @Override
  public <A> void accept(VoidVisitor<A> visitor, A arg) {
    visitor.visit(this, arg);
  }
}
