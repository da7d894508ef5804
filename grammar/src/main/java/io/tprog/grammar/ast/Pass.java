package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code pass} statement. (CPython's {@code ast.Pass}). */
public record Pass(Range range) implements Stmt {
  public Pass {
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
