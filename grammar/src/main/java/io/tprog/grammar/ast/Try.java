package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code try} statement. (CPython's {@code ast.Try}). */
public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Range range) implements Stmt {
  public Try {
    body = List.copyOf(body);
    handlers = List.copyOf(handlers);
    orelse = List.copyOf(orelse);
    finalbody = List.copyOf(finalbody);
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
