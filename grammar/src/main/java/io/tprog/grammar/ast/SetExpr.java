package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A set display (CPython's {@code ast.Set}). (CPython's {@code ast.Set}). */
public record SetExpr(List<Expr> elts, Range range) implements Expr {
  public SetExpr {
    elts = List.copyOf(elts);
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
