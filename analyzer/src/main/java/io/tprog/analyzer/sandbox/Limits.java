package io.tprog.analyzer.sandbox;

import java.time.Duration;

/**
 * What one sandboxed call may use: wall-clock time, live heap memory (measured after garbage collection), and
 * Python call depth.
 */
public record Limits(Duration time, long memoryBytes, int recursionDepth) {
  public Limits {
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive");
    }
  }

  /** Ten seconds, at most 1 GiB (or half the heap) of live memory, 200 nested Python calls. */
  public static Limits defaults() {
    long heap = Runtime.getRuntime().maxMemory();
    return new Limits(Duration.ofSeconds(10), Math.min(1L << 30, heap / 2), 200);
  }

  public Limits withTime(Duration newTime) {
    return new Limits(newTime, memoryBytes, recursionDepth);
  }
}
