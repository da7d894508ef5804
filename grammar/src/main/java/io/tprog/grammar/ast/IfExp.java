package io.tprog.grammar.ast;

import java.util.Objects;

/** A conditional expression {@code body if test else orelse}. (CPython's {@code ast.IfExp}). */
public record IfExp(Expr test, Expr body, Expr orelse, Range range) implements Expr {
  public IfExp {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(orelse, "orelse");
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
