package io.tprog.learner.program;

import io.tprog.format.ComponentNames;

/**
 * A numerical MLP {@code num_mlp_<layer>_<index>} after discretisation: a lookup from two numerical inputs to an
 * output slot, over every pair of values the inputs can take (model.md section 6).
 *
 * @param table {@code table[a - minA][b - minB]} is the output slot for input values {@code a} and {@code b}
 */
public record NumMlp(int layer, int index, String inputA, String inputB, int minA, int maxA, int minB, int maxB, int[][] table) {

  public NumMlp {
    table = CatMlp.deepCopy(table);
    if (maxA < minA || maxB < minB) {
      throw new InvalidProgramException(ComponentNames.numericalMlp(layer, index) + " has an empty input range.");
    }
    if (table.length != maxA - minA + 1) {
      throw new InvalidProgramException(
          ComponentNames.numericalMlp(layer, index) + " has " + table.length + " table rows for input values " + minA + ".." + maxA
              + ".");
    }
    for (int[] row : table) {
      if (row.length != maxB - minB + 1) {
        throw new InvalidProgramException(
            ComponentNames.numericalMlp(layer, index) + " has a table row of " + row.length + " entries for input values " + minB
                + ".." + maxB + ".");
      }
    }
  }

  /** The canonical variable name of this MLP's output. */
  public String name() {
    return ComponentNames.numericalMlp(layer, index);
  }

  @Override
  public int[][] table() {
    return CatMlp.deepCopy(table);
  }

  /** The output slot for input values {@code a} and {@code b}. */
  public int output(int a, int b) {
    if (a < minA || a > maxA || b < minB || b > maxB) {
      throw new IllegalArgumentException(
          name() + " has no table entry for inputs (" + a + ", " + b + "); it covers " + minA + ".." + maxA + " x " + minB
              + ".." + maxB + ".");
    }
    return table[a - minA][b - minB];
  }
}
