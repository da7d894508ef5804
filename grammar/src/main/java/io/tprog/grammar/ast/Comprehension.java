package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** One {@code for ... in ... if ...} clause of a comprehension. (CPython's {@code ast.comprehension}). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync, Range range) implements Node {
  public Comprehension {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(iter, "iter");
    ifs = List.copyOf(ifs);
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
