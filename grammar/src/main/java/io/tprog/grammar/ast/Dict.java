package io.tprog.grammar.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A dict display; a null key stands for a {@code **mapping} entry. (CPython's {@code ast.Dict}). */
public record Dict(List<Expr> keys, List<Expr> values, Range range) implements Expr {
  public Dict {
    keys = Collections.unmodifiableList(new ArrayList<>(keys));
    values = List.copyOf(values);
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
