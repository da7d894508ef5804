package io.tprog.cli;

/** A failure caused by what the user gave us (a missing file, a bad option value): printed as one sentence. */
public class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(String sentence) {
    this(sentence, ExitCodes.BAD_INPUT);
  }

  public UserError(String sentence, int exitCode) {
    super(sentence);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
