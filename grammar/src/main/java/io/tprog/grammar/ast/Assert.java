package io.tprog.grammar.ast;

import java.util.Objects;

/** An {@code assert} statement. (CPython's {@code ast.Assert}). Null when absent: msg. */
public record Assert(Expr test, Expr msg, Range range) implements Stmt {
  public Assert {
    Objects.requireNonNull(test, "test");
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
