package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** One {@code except} clause. (CPython's {@code ast.ExceptHandler}). Null when absent: type, name. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Range range) implements Node {
  public ExceptHandler {
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
