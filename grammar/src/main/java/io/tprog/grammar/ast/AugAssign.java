package io.tprog.grammar.ast;

import java.util.Objects;

/** An augmented assignment such as {@code x += 1}. (CPython's {@code ast.AugAssign}). */
public record AugAssign(Expr target, Operator op, Expr value, Range range) implements Stmt {
  public AugAssign {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
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
