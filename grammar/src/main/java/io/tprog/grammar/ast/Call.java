package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A call. (CPython's {@code ast.Call}). */
public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Range range) implements Expr {
  public Call {
    Objects.requireNonNull(func, "func");
    args = List.copyOf(args);
    keywords = List.copyOf(keywords);
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
