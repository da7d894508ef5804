package io.tprog.reports.circuit;

import io.tprog.analyzer.run.AccuracyCell;
import io.tprog.analyzer.run.Breakdown;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.reports.Markup;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of the report's "Where it fails" section: the intact program's accuracy on the dataset broken down by one
 * {@link Breakdown} ({@code by} is its key: length, position or class), worst cells first, as the analyzer's
 * {@link Breakdown#cells} computes them for {@code tprog eval --by}.
 */
public record FailureTable(String by, String title, List<AccuracyCell> cells) {
  /** The most cells a rendered table shows; report.json keeps them all. */
  static final int SHOWN = 20;

  /** The column headings of a rendered table after the first, which is {@code by}. */
  static final List<String> HEADINGS = List.of("position accuracy", "right/positions", "example accuracy", "right/examples");

  public FailureTable {
    cells = List.copyOf(cells);
  }

  /** Accuracy by input length, by position and by gold class of one evaluation of the intact program. */
  public static List<FailureTable> of(Evaluation evaluation) {
    List<FailureTable> tables = new ArrayList<>();
    for (Breakdown b : Breakdown.values()) {
      tables.add(new FailureTable(b.key(), b.title(), b.cells(evaluation)));
    }
    return tables;
  }

  /** The sentence introducing the section, for both report formats. */
  static String explained(String dataset) {
    return "The intact program's accuracy on " + dataset + " per input length (tokens other than <s> and </s>), per position "
        + "(<s> is 0) and per gold class, worst cells first (as tprog eval --by prints it). An example counts as right in a cell "
        + "when every scored position of it in that cell is right.";
  }

  /** The cells a rendered table shows, worst first. */
  List<AccuracyCell> shown() {
    return cells.subList(0, Math.min(SHOWN, cells.size()));
  }

  /** The note below a table that does not show every cell, or empty. */
  String omitted() {
    if (cells.size() <= SHOWN) {
      return "";
    }
    AccuracyCell best = cells.get(SHOWN);
    return (cells.size() - SHOWN) + " more cells, each at " + Markup.percent(best.positionAccuracy()) + " of positions or better, are in report.json.";
  }

  /** One rendered row as plain text: the cell's value, then its accuracies with their counts. */
  static List<String> row(AccuracyCell c) {
    return List.of(
        c.value(),
        Markup.percent(c.positionAccuracy()),
        c.positionsCorrect() + "/" + c.positions(),
        Markup.percent(c.exampleAccuracy()),
        c.examplesCorrect() + "/" + c.examples());
  }
}
