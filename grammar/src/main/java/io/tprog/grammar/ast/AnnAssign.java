package io.tprog.grammar.ast;

import java.util.Objects;

/** An annotated assignment {@code x: int = 1}; simple is 1 for a bare unparenthesized name. (CPython's {@code ast.AnnAssign}). Null when absent: value. */
public record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Range range) implements Stmt {
  public AnnAssign {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(annotation, "annotation");
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
