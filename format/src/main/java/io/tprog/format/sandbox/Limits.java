package io.tprog.format.sandbox;

import java.time.Duration;

/**
 * What one sandboxed call may use: wall-clock time without finishing an input, heap memory (the heap of the worker
 * process the program runs in, above the interpreter's own), and Python call depth.
 */
public record Limits(Duration time, long memoryBytes, int recursionDepth) {
  public Limits {
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive");
    }
  }

  /** Ten seconds an input, 1 GiB of heap for the program, 200 nested Python calls. */
  public static Limits defaults() {
    return new Limits(Duration.ofSeconds(10), 1L << 30, 200);
  }

  public Limits withTime(Duration newTime) {
    return new Limits(newTime, memoryBytes, recursionDepth);
  }
}
