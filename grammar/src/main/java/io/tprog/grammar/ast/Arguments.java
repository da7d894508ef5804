package io.tprog.grammar.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The parameter list of a function or lambda; a null keyword-only default means none. (CPython's {@code ast.arguments}). Null when absent: vararg, kwarg. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults, Range range) implements Node {
  public Arguments {
    posonlyargs = List.copyOf(posonlyargs);
    args = List.copyOf(args);
    kwonlyargs = List.copyOf(kwonlyargs);
    kwDefaults = Collections.unmodifiableList(new ArrayList<>(kwDefaults));
    defaults = List.copyOf(defaults);
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
