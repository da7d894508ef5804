package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code raise} statement. (CPython's {@code ast.Raise}). Null when absent: exc, cause. */
public record Raise(Expr exc, Expr cause, Range range) implements Stmt {
  public Raise {
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
