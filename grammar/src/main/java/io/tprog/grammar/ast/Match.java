package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code match} statement. (CPython's {@code ast.Match}). */
public record Match(Expr subject, List<MatchCase> cases, Range range) implements Stmt {
  public Match {
    Objects.requireNonNull(subject, "subject");
    cases = List.copyOf(cases);
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
