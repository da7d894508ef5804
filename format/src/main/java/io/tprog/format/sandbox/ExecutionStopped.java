package io.tprog.format.sandbox;

/** A sandboxed program that was stopped because it went over one of its {@link Limits}. */
public final class ExecutionStopped extends RuntimeException {
  /** Which limit was reached. */
  public enum Reason {
    TIME,
    MEMORY,
    RECURSION
  }

  private final Reason reason;

  public ExecutionStopped(Reason reason, String sentence) {
    super(sentence);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
