package io.tprog.analyzer.program;

import java.util.List;

/**
 * A statement inside {@code run} that is not part of any component (a user's own addition): the variable it assigns
 * ({@code null} when it assigns none) and the variables it reads, for general def-use.
 */
public record ExtraStatement(String defines, List<String> reads, int line) {
  public ExtraStatement {
    reads = List.copyOf(reads);
  }
}
