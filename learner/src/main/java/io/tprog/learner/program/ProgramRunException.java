package io.tprog.learner.program;

/** An emitted program that could not be loaded or failed on an input; the message names the file and the input. */
public class ProgramRunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProgramRunException(String message, Throwable cause) {
    super(message, cause);
  }

  public ProgramRunException(String message) {
    super(message);
  }
}
