package io.tprog.analyzer.run;

/**
 * Accuracy in one cell of a {@link Breakdown}: the scored positions that fall in the cell and how many are right, and
 * the examples with at least one scored position in the cell and how many have every such position right (for input
 * lengths, the sequence accuracy of that length).
 */
public record AccuracyCell(String value, int positionsCorrect, int positions, int examplesCorrect, int examples) {
  public double positionAccuracy() {
    return positions == 0 ? 1.0 : (double) positionsCorrect / positions;
  }

  public double exampleAccuracy() {
    return examples == 0 ? 1.0 : (double) examplesCorrect / examples;
  }
}
