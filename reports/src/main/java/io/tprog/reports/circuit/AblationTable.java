package io.tprog.reports.circuit;

import io.tprog.analyzer.ablation.AblationReport;
import io.tprog.analyzer.ablation.AblationRow;
import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.run.Evaluation;
import java.util.List;

/**
 * What ablating each component did on a dataset (analysis.md "Ablation"), as the circuit report shows it: the
 * dataset's name, its size, the intact program's accuracy on it, and the analyzer's row per ablated component (with
 * whether static analysis put it on the circuit or called it dead, and whether the two disagree), and the minimal
 * circuit of each class when they were searched for (empty otherwise), and where the intact program fails on the
 * dataset: its accuracy per input length, position and gold class (empty when not computed).
 */
public record AblationTable(
    String dataset, int examples, double positionAccuracy, double sequenceAccuracy, List<AblationRow> rows, List<MinimalCircuit> minimalCircuits,
    List<FailureTable> whereItFails) {

  public AblationTable {
    rows = List.copyOf(rows);
    minimalCircuits = List.copyOf(minimalCircuits);
    whereItFails = List.copyOf(whereItFails);
  }

  /** The table of an ablation run; {@code dataset} names the data file as the user gave it (its file name). */
  public static AblationTable of(String dataset, AblationReport report) {
    return of(dataset, report, List.of());
  }

  /** The table of an ablation run with the minimal circuit of each class found on the same data. */
  public static AblationTable of(String dataset, AblationReport report, List<MinimalCircuit> minimalCircuits) {
    return new AblationTable(dataset, report.examples(), report.positionAccuracy(), report.sequenceAccuracy(), report.rows(), minimalCircuits, List.of());
  }

  /**
   * The table of an ablation run with the minimal circuits, and where the intact program fails: {@code baseline} is its
   * evaluation on the same data ({@code Ablator.baseline}).
   */
  public static AblationTable of(String dataset, AblationReport report, List<MinimalCircuit> minimalCircuits, Evaluation baseline) {
    return new AblationTable(
        dataset, report.examples(), report.positionAccuracy(), report.sequenceAccuracy(), report.rows(), minimalCircuits, FailureTable.of(baseline));
  }
}
