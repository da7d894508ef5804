package io.tprog.grammar.ast;

import java.util.Objects;

/** An attribute access {@code value.attr}. (CPython's {@code ast.Attribute}). */
public record Attribute(Expr value, String attr, ExprContext ctx, Range range) implements Expr {
  public Attribute {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(attr, "attr");
    Objects.requireNonNull(ctx, "ctx");
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
