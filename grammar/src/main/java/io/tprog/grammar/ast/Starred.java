package io.tprog.grammar.ast;

import java.util.Objects;

/** A starred expression {@code *value}. (CPython's {@code ast.Starred}). */
public record Starred(Expr value, ExprContext ctx, Range range) implements Expr {
  public Starred {
    Objects.requireNonNull(value, "value");
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
