package io.tprog.grammar.ast;

/** Python's {@code Ellipsis}, the value of the literal {@code ...}. */
public enum Ellipsis {
  INSTANCE
}
