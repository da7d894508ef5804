package io.tprog.grammar.ast;

import java.util.Objects;

/** A slice {@code lower:upper:step} inside a subscript. (CPython's {@code ast.Slice}). Null when absent: lower, upper, step. */
public record Slice(Expr lower, Expr upper, Expr step, Range range) implements Expr {
  public Slice {
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
