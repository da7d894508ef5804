package io.tprog.reports;

/**
 * A file a report reads (training curves, metrics) is malformed; the message is one sentence naming the file, and the
 * line and column where that applies.
 */
public final class ReportInputException extends RuntimeException {
  public ReportInputException(String message) {
    super(message);
  }

  /** {@code file:line:column: what is wrong}. */
  public static ReportInputException at(String file, int line, int column, String what) {
    return new ReportInputException(file + ":" + line + ":" + column + ": " + what);
  }
}
