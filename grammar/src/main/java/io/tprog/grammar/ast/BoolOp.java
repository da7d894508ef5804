package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A chain of one boolean operator, {@code a and b and c}. (CPython's {@code ast.BoolOp}). */
public record BoolOp(BoolOperator op, List<Expr> values, Range range) implements Expr {
  public BoolOp {
    Objects.requireNonNull(op, "op");
    values = List.copyOf(values);
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
