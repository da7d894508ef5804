package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code nonlocal} declaration. (CPython's {@code ast.Nonlocal}). */
public record Nonlocal(List<String> names, Range range) implements Stmt {
  public Nonlocal {
    names = List.copyOf(names);
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
