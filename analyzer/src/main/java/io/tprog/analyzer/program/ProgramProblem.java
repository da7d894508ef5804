package io.tprog.analyzer.program;

/**
 * Something in a program or its weights file that does not fit the expected shape; the rest is still analysed.
 * {@code line} and {@code column} are 1-based, 0 when the problem is not tied to one place.
 */
public record ProgramProblem(String file, int line, int column, String message) implements Comparable<ProgramProblem> {

  /** The problem as the one sentence a user reads: {@code file:line:column: message}. */
  public String sentence() {
    String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    return where + ": " + message;
  }

  @Override
  public int compareTo(ProgramProblem o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    return c == 0 ? message.compareTo(o.message) : c;
  }

  @Override
  public String toString() {
    return sentence();
  }
}
