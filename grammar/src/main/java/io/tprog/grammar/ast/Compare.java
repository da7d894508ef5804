package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A comparison chain {@code a < b <= c}. (CPython's {@code ast.Compare}). */
public record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, Range range) implements Expr {
  public Compare {
    Objects.requireNonNull(left, "left");
    ops = List.copyOf(ops);
    comparators = List.copyOf(comparators);
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
