package io.tprog.grammar.ast;

/**
 * Where a node is in its source, as CPython records it: {@code line} and {@code endLine} are 1-based,
 * {@code column} and {@code endColumn} are 0-based UTF-8 byte offsets within their line (CPython's
 * {@code col_offset} and {@code end_col_offset}); the end is exclusive.
 */
public record Range(int line, int column, int endLine, int endColumn) {
  /** The range from the start of {@code first} to the end of {@code last}. */
  public static Range span(Range first, Range last) {
    return new Range(first.line, first.column, last.endLine, last.endColumn);
  }

  @Override
  public String toString() {
    return line + ":" + column + "-" + endLine + ":" + endColumn;
  }
}
