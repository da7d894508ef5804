package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A sequence pattern. (CPython's {@code ast.MatchSequence}). */
public record MatchSequence(List<Pattern> patterns, Range range) implements Pattern {
  public MatchSequence {
    patterns = List.copyOf(patterns);
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
