package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A class pattern. (CPython's {@code ast.MatchClass}). */
public record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Range range) implements Pattern {
  public MatchClass {
    Objects.requireNonNull(cls, "cls");
    patterns = List.copyOf(patterns);
    kwdAttrs = List.copyOf(kwdAttrs);
    kwdPatterns = List.copyOf(kwdPatterns);
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
