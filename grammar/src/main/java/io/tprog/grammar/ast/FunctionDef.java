package io.tprog.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A {@code def} statement. (CPython's {@code ast.FunctionDef}). Null when absent: returns, typeComment. */
public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, String typeComment, Range range) implements Stmt {
  public FunctionDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(args, "args");
    body = List.copyOf(body);
    decoratorList = List.copyOf(decoratorList);
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
