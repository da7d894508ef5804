package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A generator expression. (CPython's {@code ast.GeneratorExp}). */
public record GeneratorExp(Expr elt, List<Comprehension> generators, Range range) implements Expr {
  public GeneratorExp {
    Objects.requireNonNull(elt, "elt");
    generators = List.copyOf(generators);
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
