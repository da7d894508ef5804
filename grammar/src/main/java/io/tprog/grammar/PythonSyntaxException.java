package io.tprog.grammar;

/** A syntax error found while building the tree; caught by {@link PythonParser} and turned into a {@link Problem}. */
final class PythonSyntaxException extends RuntimeException {
  final int line;
  final int column;

  /** {@code column} is 1-based, in characters. */
  PythonSyntaxException(int line, int column, String message) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
  }
}
