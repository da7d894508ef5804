package io.tprog.grammar.ast;

import java.util.Objects;

/** A {@code # type: ignore} comment (only produced when type comments are requested, which this parser does not). (CPython's {@code ast.TypeIgnore}). */
public record TypeIgnore(int lineno, String tag, Range range) implements Node {
  public TypeIgnore {
    Objects.requireNonNull(tag, "tag");
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
