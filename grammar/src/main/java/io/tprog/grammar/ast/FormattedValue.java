package io.tprog.grammar.ast;

import java.util.Objects;

/** One replacement field of an f-string; conversion is -1 or the code of s, r or a. (CPython's {@code ast.FormattedValue}). Null when absent: formatSpec. */
public record FormattedValue(Expr value, int conversion, Expr formatSpec, Range range) implements Expr {
  public FormattedValue {
    Objects.requireNonNull(value, "value");
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
