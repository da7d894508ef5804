package io.tprog.format.sandbox;

/** A Python exception raised by a program (or refused at run time by the sandbox), as one sentence with its line. */
public final class ProgramError extends RuntimeException {
  private final String pythonType;

  public ProgramError(String pythonType, String sentence) {
    super(sentence);
    this.pythonType = pythonType;
  }

  /** The Python exception type, e.g. {@code NameError}. */
  public String pythonType() {
    return pythonType;
  }
}
