package io.tprog.grammar.ast;

import java.util.Objects;

/** A pattern matching None, True or False by identity. (CPython's {@code ast.MatchSingleton}). */
public record MatchSingleton(Object value, Range range) implements Pattern {
  public MatchSingleton {
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
