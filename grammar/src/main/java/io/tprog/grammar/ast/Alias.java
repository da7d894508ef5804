package io.tprog.grammar.ast;

import java.util.Objects;

/** One imported name. (CPython's {@code ast.alias}). Null when absent: asname. */
public record Alias(String name, String asname, Range range) implements Node {
  public Alias {
    Objects.requireNonNull(name, "name");
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
