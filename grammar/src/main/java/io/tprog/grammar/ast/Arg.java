package io.tprog.grammar.ast;

import java.util.Objects;

/** One parameter. (CPython's {@code ast.arg}). Null when absent: annotation, typeComment. */
public record Arg(String arg, Expr annotation, String typeComment, Range range) implements Node {
  public Arg {
    Objects.requireNonNull(arg, "arg");
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
