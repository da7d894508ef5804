package io.tprog.grammar.ast;

import java.util.Objects;

/** One context manager of a {@code with} statement. (CPython's {@code ast.withitem}). Null when absent: optionalVars. */
public record WithItem(Expr contextExpr, Expr optionalVars, Range range) implements Node {
  public WithItem {
    Objects.requireNonNull(contextExpr, "contextExpr");
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
