package io.tprog.learner.program;

/** A program whose parts do not fit together; the message is one sentence naming the part and what is wrong. */
public class InvalidProgramException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidProgramException(String message) {
    super(message);
  }
}
