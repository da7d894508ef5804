package io.tprog.grammar.ast;

import java.util.Objects;

/** An expression used as a statement (CPython's {@code ast.Expr}). (CPython's {@code ast.Expr}). */
public record ExprStmt(Expr value, Range range) implements Stmt {
  public ExprStmt {
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
