package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code with} statement. (CPython's {@code ast.With}). Null when absent: typeComment. */
public record With(List<WithItem> items, List<Stmt> body, String typeComment, Range range) implements Stmt {
  public With {
    items = List.copyOf(items);
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
