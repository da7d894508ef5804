package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code from m import n} statement; level counts leading dots. (CPython's {@code ast.ImportFrom}). Null when absent: module. */
public record ImportFrom(String module, List<Alias> names, int level, Range range) implements Stmt {
  public ImportFrom {
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
