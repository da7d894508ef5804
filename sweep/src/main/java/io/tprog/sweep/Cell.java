package io.tprog.sweep;

import java.io.Serializable;

/**
 * One training run of a sweep: a task, a model shape and a seed. Heads and MLPs are split evenly between categorical
 * and numerical (the odd one categorical), as in the paper's grid. {@code varSize} and {@code size} are null for the
 * task's own variable size and dataset size; the standard baseline ignores {@code mlps} (its feed-forward block is
 * fixed).
 */
public record Cell(
    String task, int layers, int heads, int mlps, Integer varSize, long seed, int epochs, boolean standard, Integer size)
    implements Serializable {

  /** The stable id, also the cell's folder: {@code sort-L3-H8-M4-s2}, {@code sort-std-L3-H8-s2}, {@code -k16} if set. */
  public String id() {
    StringBuilder id = new StringBuilder(task);
    if (standard) {
      id.append("-std");
    }
    id.append("-L").append(layers).append("-H").append(heads);
    if (!standard) {
      id.append("-M").append(mlps);
    }
    if (varSize != null) {
      id.append("-k").append(varSize);
    }
    return id.append("-s").append(seed).toString();
  }

  int catHeads() {
    return heads - heads / 2;
  }

  int numHeads() {
    return heads / 2;
  }

  int catMlps() {
    return mlps - mlps / 2;
  }

  int numMlps() {
    return mlps / 2;
  }
}
