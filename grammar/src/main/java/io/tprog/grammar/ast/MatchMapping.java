package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A mapping pattern. (CPython's {@code ast.MatchMapping}). Null when absent: rest. */
public record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Range range) implements Pattern {
  public MatchMapping {
    keys = List.copyOf(keys);
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
