package io.tprog.reports.circuit;

import java.util.List;

/**
 * What ablating each component did on a dataset: the dataset's name, the intact program's accuracy on it, and one
 * row per component replaced by its default (analysis.md "Ablation").
 */
public record AblationTable(String dataset, double baselineAccuracy, List<Row> rows) {

  public AblationTable {
    rows = List.copyOf(rows);
  }

  /** One ablated component: accuracy without it, and how many position predictions changed. */
  public record Row(String component, double accuracy, int changedPredictions) {

    /** Accuracy lost by ablating this component (negative when ablation helps). */
    public double drop(double baseline) {
      return baseline - accuracy;
    }
  }
}
