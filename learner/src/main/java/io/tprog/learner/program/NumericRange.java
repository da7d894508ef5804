package io.tprog.learner.program;

/** The closed interval of integers a numerical variable can take on inputs up to the program's maximum length. */
public record NumericRange(int min, int max) {

  public boolean contains(int value) {
    return value >= min && value <= max;
  }
}
