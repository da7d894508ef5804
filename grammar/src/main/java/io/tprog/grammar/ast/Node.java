package io.tprog.grammar.ast;

/** A node of the syntax tree: knows its source range and accepts visitors. */
public sealed interface Node permits Stmt, Expr, Pattern, Module, Comprehension, ExceptHandler, Arguments, Arg, Keyword, Alias, WithItem, MatchCase, TypeIgnore {
  /** Where the node is in the source. */
  Range range();

  <R, A> R accept(Visitor<R, A> visitor, A arg);

  <A> void accept(VoidVisitor<A> visitor, A arg);
}
