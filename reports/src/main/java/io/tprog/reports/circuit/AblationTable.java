package io.tprog.reports.circuit;

import io.tprog.analyzer.ablation.AblationReport;
import io.tprog.analyzer.ablation.AblationRow;
import java.util.List;

/**
 * What ablating each component did on a dataset (analysis.md "Ablation"), as the circuit report shows it: the
 * dataset's name, its size, the intact program's accuracy on it, and the analyzer's row per ablated component (with
 * whether static analysis put it on the circuit or called it dead, and whether the two disagree).
 */
public record AblationTable(String dataset, int examples, double positionAccuracy, double sequenceAccuracy, List<AblationRow> rows) {

  public AblationTable {
    rows = List.copyOf(rows);
  }

  /** The table of an ablation run; {@code dataset} names the data file as the user gave it (its file name). */
  public static AblationTable of(String dataset, AblationReport report) {
    return new AblationTable(dataset, report.examples(), report.positionAccuracy(), report.sequenceAccuracy(), report.rows());
  }
}
