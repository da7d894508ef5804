package io.tprog.grammar;

/**
 * One thing wrong with a source file: where it is ({@code line} 1-based, {@code column} 1-based like a compiler's
 * and CPython's {@code SyntaxError.offset}, counted in characters; both 0 when no position applies) and one sentence saying what is wrong.
 */
public record Problem(String sourceName, int line, int column, String message) {
  /** {@code file:line:col: message}, or {@code file: message} when no position applies (line 0). */
  @Override
  public String toString() {
    return line == 0 ? sourceName + ": " + message : sourceName + ":" + line + ":" + column + ": " + message;
  }
}
