package io.tprog.analyzer.program;

import java.util.List;

/**
 * An MLP after discretisation: a lookup table ({@code mlp_L_M} over categorical inputs, {@code num_mlp_L_M} over
 * numerical ones) from input tuples to an output value, with a default for every tuple no row covers.
 * {@code opaque} is true when part of the function did not fit the table shape.
 */
public record Mlp(
    String name,
    Kind kind,
    int layer,
    int index,
    List<String> inputs,
    List<String> arguments,
    List<MlpRow> rows,
    Value defaultOutput,
    int defaultLine,
    String output,
    boolean opaque,
    int line) {

  /** Categorical or numerical inputs (model.md section 6). */
  public enum Kind {
    CATEGORICAL,
    NUMERICAL
  }

  public Mlp {
    inputs = List.copyOf(inputs);
    arguments = List.copyOf(arguments);
    rows = List.copyOf(rows);
  }

  public boolean numerical() {
    return kind == Kind.NUMERICAL;
  }
}
