package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code del} statement. (CPython's {@code ast.Delete}). */
public record Delete(List<Expr> targets, Range range) implements Stmt {
  public Delete {
    targets = List.copyOf(targets);
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
