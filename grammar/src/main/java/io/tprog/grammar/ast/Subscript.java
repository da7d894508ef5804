package io.tprog.grammar.ast;

import java.util.Objects;

/** A subscript {@code value[slice]}. (CPython's {@code ast.Subscript}). */
public record Subscript(Expr value, Expr slice, ExprContext ctx, Range range) implements Expr {
  public Subscript {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(slice, "slice");
    Objects.requireNonNull(ctx, "ctx");
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
