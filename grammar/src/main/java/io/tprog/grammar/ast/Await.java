package io.tprog.grammar.ast;

import java.util.Objects;

/** An {@code await} expression. (CPython's {@code ast.Await}). */
public record Await(Expr value, Range range) implements Expr {
  public Await {
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
