package io.tprog.grammar.ast;

import java.util.Objects;

/** A literal; value is a String, BigInteger, Double, Imaginary, Boolean, Bytes, Ellipsis.INSTANCE, or null for None. (CPython's {@code ast.Constant}). Null when absent: kind. */
public record Constant(Object value, String kind, Range range) implements Expr {
  public Constant {
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
