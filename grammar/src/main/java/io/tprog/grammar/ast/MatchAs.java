package io.tprog.grammar.ast;

import java.util.Objects;

/** A capture ({@code x}), wildcard ({@code _}) or {@code as} pattern. (CPython's {@code ast.MatchAs}). Null when absent: pattern, name. */
public record MatchAs(Pattern pattern, String name, Range range) implements Pattern {
  public MatchAs {
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
