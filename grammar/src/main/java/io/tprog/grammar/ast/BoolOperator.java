package io.tprog.grammar.ast;

/** A boolean operator (CPython's {@code ast.boolop}); each carries its source text. */
public enum BoolOperator {
  And("and"),
  Or("or");

  private final String symbol;

  BoolOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source. */
  public String symbol() {
    return symbol;
  }
}
