package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code yield from} expression. (CPython's {@code ast.YieldFrom}). */
public record YieldFrom(Expr value, Range range) implements Expr {
  public YieldFrom {
    Objects.requireNonNull(value, "value");
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
