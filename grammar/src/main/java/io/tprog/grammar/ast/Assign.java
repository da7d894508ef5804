package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** An assignment {@code a = b = value}, one target per {@code =}. (CPython's {@code ast.Assign}). Null when absent: typeComment. */
public record Assign(List<Expr> targets, Expr value, String typeComment, Range range) implements Stmt {
  public Assign {
    targets = List.copyOf(targets);
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
