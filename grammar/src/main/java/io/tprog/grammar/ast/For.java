package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code for} loop. (CPython's {@code ast.For}). Null when absent: typeComment. */
public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Range range) implements Stmt {
  public For {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(iter, "iter");
    body = List.copyOf(body);
    orelse = List.copyOf(orelse);
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
