package io.tprog.grammar.ast;

import java.util.Objects;

/** A pattern matching a value by equality. (CPython's {@code ast.MatchValue}). */
public record MatchValue(Expr value, Range range) implements Pattern {
  public MatchValue {
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
