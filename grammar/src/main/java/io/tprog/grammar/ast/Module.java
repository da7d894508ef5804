package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A whole source file. (CPython's {@code ast.Module}). */
public record Module(List<Stmt> body, List<TypeIgnore> typeIgnores, Range range) implements Node {
  public Module {
    body = List.copyOf(body);
    typeIgnores = List.copyOf(typeIgnores);
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
