package io.tprog.grammar.ast;

/** A comparison operator (CPython's {@code ast.cmpop}); each carries its source text. */
public enum CmpOperator {
  Eq("=="),
  NotEq("!="),
  Lt("<"),
  LtE("<="),
  Gt(">"),
  GtE(">="),
  Is("is"),
  IsNot("is not"),
  In("in"),
  NotIn("not in");

  private final String symbol;

  CmpOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source, e.g. {@code "not in"}. */
  public String symbol() {
    return symbol;
  }
}
