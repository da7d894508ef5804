package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code while} loop. (CPython's {@code ast.While}). */
public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Range range) implements Stmt {
  public While {
    Objects.requireNonNull(test, "test");
    body = List.copyOf(body);
    orelse = List.copyOf(orelse);
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
