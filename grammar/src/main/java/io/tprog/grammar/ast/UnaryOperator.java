package io.tprog.grammar.ast;

/** A unary operator (CPython's {@code ast.unaryop}); each carries its source text. */
public enum UnaryOperator {
  Invert("~"),
  Not("not"),
  UAdd("+"),
  USub("-");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source. */
  public String symbol() {
    return symbol;
  }
}
