package io.tprog.grammar.ast;

import java.util.Objects;

/** A keyword argument of a call or class; a null arg stands for {@code **mapping}. (CPython's {@code ast.keyword}). Null when absent: arg. */
public record Keyword(String arg, Expr value, Range range) implements Node {
  public Keyword {
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
