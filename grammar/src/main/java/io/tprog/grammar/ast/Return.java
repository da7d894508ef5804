package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code return} statement. (CPython's {@code ast.Return}). Null when absent: value. */
public record Return(Expr value, Range range) implements Stmt {
  public Return {
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
