package io.tprog.grammar.ast;

import java.util.Objects;

/** A starred sub-pattern of a sequence pattern. (CPython's {@code ast.MatchStar}). Null when absent: name. */
public record MatchStar(String name, Range range) implements Pattern {
  public MatchStar {
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
