package io.tprog.analyzer.ablation;

import java.util.List;

/** The program's accuracy as written and one row per ablated component, in model order. */
public record AblationReport(String program, int examples, double positionAccuracy, double sequenceAccuracy, List<AblationRow> rows) {
  public AblationReport {
    rows = List.copyOf(rows);
  }

  /** The rows where static and dynamic analysis disagree. */
  public List<AblationRow> conflicts() {
    return rows.stream().filter(AblationRow::conflict).toList();
  }
}
