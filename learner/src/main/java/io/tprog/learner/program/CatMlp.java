package io.tprog.learner.program;

import io.tprog.format.ComponentNames;

/**
 * A categorical MLP {@code mlp_<layer>_<index>} after discretisation: a lookup from two categorical inputs to an
 * output slot.
 *
 * @param table {@code table[a][b]} is the output slot for input slots {@code a} and {@code b}; {@code k x k}
 */
public record CatMlp(int layer, int index, String inputA, String inputB, int[][] table) {

  public CatMlp {
    table = deepCopy(table);
  }

  /** The canonical variable name of this MLP's output. */
  public String name() {
    return ComponentNames.mlp(layer, index);
  }

  @Override
  public int[][] table() {
    return deepCopy(table);
  }

  /** The output slot for input slots {@code a} and {@code b}. */
  public int output(int a, int b) {
    return table[a][b];
  }

  static int[][] deepCopy(int[][] table) {
    int[][] copy = new int[table.length][];
    for (int i = 0; i < table.length; i++) {
      copy[i] = table[i].clone();
    }
    return copy;
  }
}
