package io.tprog.grammar.ast;

import java.util.Objects;

/** A variable name. (CPython's {@code ast.Name}). */
public record Name(String id, ExprContext ctx, Range range) implements Expr {
  public Name {
    Objects.requireNonNull(id, "id");
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
