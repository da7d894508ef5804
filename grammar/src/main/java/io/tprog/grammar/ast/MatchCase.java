package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** One {@code case} block. (CPython's {@code ast.match_case}). Null when absent: guard. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body, Range range) implements Node {
  public MatchCase {
    Objects.requireNonNull(pattern, "pattern");
    body = List.copyOf(body);
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
