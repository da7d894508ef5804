package io.tprog.grammar.ast;

import java.util.Objects;

/** A binary arithmetic or bitwise operation. (CPython's {@code ast.BinOp}). */
public record BinOp(Expr left, Operator op, Expr right, Range range) implements Expr {
  public BinOp {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(right, "right");
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
