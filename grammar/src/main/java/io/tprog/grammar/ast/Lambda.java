package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code lambda} expression. (CPython's {@code ast.Lambda}). */
public record Lambda(Arguments args, Expr body, Range range) implements Expr {
  public Lambda {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(body, "body");
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
