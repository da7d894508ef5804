package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** An alternative of patterns {@code p | q}. (CPython's {@code ast.MatchOr}). */
public record MatchOr(List<Pattern> patterns, Range range) implements Pattern {
  public MatchOr {
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
