package io.tprog.analyzer.program;

import java.util.List;

/** One row of the weights file: a feature, one of its values ({@code _} for a numerical feature), one weight per class. */
public record WeightRow(String feature, String value, List<Double> weights, int line) {
  public WeightRow {
    weights = List.copyOf(weights);
  }

  /** True for the single row of a numerical feature, whose weights are multiplied by the variable's value. */
  public boolean numerical() {
    return value.equals("_");
  }
}
