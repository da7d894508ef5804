package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** An f-string: its literal parts and replacement fields. (CPython's {@code ast.JoinedStr}). */
public record JoinedStr(List<Expr> values, Range range) implements Expr {
  public JoinedStr {
    values = List.copyOf(values);
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
