package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code break} statement. (CPython's {@code ast.Break}). */
public record Break(Range range) implements Stmt {
  public Break {
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
