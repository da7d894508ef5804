package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A tuple. (CPython's {@code ast.Tuple}). */
public record Tuple(List<Expr> elts, ExprContext ctx, Range range) implements Expr {
  public Tuple {
    elts = List.copyOf(elts);
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
