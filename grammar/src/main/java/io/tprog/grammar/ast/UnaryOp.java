package io.tprog.grammar.ast;

import java.util.Objects;

/** A unary operation such as {@code -x} or {@code not x}. (CPython's {@code ast.UnaryOp}). */
public record UnaryOp(UnaryOperator op, Expr operand, Range range) implements Expr {
  public UnaryOp {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(operand, "operand");
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
