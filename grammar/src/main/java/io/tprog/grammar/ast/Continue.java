package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code continue} statement. (CPython's {@code ast.Continue}). */
public record Continue(Range range) implements Stmt {
  public Continue {
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
