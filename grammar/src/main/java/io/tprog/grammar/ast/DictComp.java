package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A dict comprehension. (CPython's {@code ast.DictComp}). */
public record DictComp(Expr key, Expr value, List<Comprehension> generators, Range range) implements Expr {
  public DictComp {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
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
