package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code yield} expression. (CPython's {@code ast.Yield}). Null when absent: value. */
public record Yield(Expr value, Range range) implements Expr {
  public Yield {
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
