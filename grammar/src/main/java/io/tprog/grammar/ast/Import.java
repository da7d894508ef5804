package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** An {@code import a.b as c} statement. (CPython's {@code ast.Import}). */
public record Import(List<Alias> names, Range range) implements Stmt {
  public Import {
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
