package io.tprog.grammar.ast;

import java.util.Objects;

/** An assignment expression {@code (x := value)}. (CPython's {@code ast.NamedExpr}). */
public record NamedExpr(Expr target, Expr value, Range range) implements Expr {
  public NamedExpr {
    Objects.requireNonNull(target, "target");
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
