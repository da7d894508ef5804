package io.tprog.grammar.ast;

/** A binary arithmetic or bitwise operator (CPython's {@code ast.operator}); each carries its source text. */
public enum Operator {
  Add("+"),
  Sub("-"),
  Mult("*"),
  MatMult("@"),
  Div("/"),
  Mod("%"),
  Pow("**"),
  LShift("<<"),
  RShift(">>"),
  BitOr("|"),
  BitXor("^"),
  BitAnd("&"),
  FloorDiv("//");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source, e.g. {@code "//"}. */
  public String symbol() {
    return symbol;
  }

  /** The operator written {@code symbol} in source, or null if there is none. */
  public static Operator ofSymbol(String symbol) {
    for (Operator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    return null;
  }
}
