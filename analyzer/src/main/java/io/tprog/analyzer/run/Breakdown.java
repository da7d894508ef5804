package io.tprog.analyzer.run;

import io.tprog.analyzer.data.Example;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an {@link Evaluation} can be broken down by, each scored position falling in one cell:
 * {@link #LENGTH} the input length of its example, the number of tokens other than {@code <s>} and {@code </s>};
 * {@link #POSITION} its index in the token list as the program sees it ({@code <s>} is 0);
 * {@link #CLASS} its gold label.
 */
public enum Breakdown {
  LENGTH("input length", "length"),
  POSITION("position", "position"),
  CLASS("gold class", "class");

  private static final Set<String> BOUNDARIES = Set.of("<s>", "</s>");

  private final String title;
  private final String key;

  Breakdown(String title, String key) {
    this.title = title;
    this.key = key;
  }

  /** How the dimension is named in a table's title ("input length"). */
  public String title() {
    return title;
  }

  /** How the dimension is named as a column or JSON key ("length"). */
  public String key() {
    return key;
  }

  /** The input length of an example: its tokens other than {@code <s>} and {@code </s>}. */
  public static int inputLength(List<String> tokens) {
    return (int) tokens.stream().filter(t -> !BOUNDARIES.contains(t)).count();
  }

  /** The cell of one scored position. */
  String cell(Example example, int position) {
    return switch (this) {
      case LENGTH -> Integer.toString(inputLength(example.tokens()));
      case POSITION -> Integer.toString(position);
      case CLASS -> example.labels().get(position);
    };
  }

  /** The cells of {@code evaluation}, worst position accuracy first (then worst example accuracy, then by value). */
  public List<AccuracyCell> cells(Evaluation evaluation) {
    Map<String, int[]> counts = new HashMap<>();
    for (int e = 0; e < evaluation.examples().size(); e++) {
      Example example = evaluation.examples().get(e);
      List<String> predicted = evaluation.predictions().get(e);
      Set<String> seen = new HashSet<>();
      Set<String> wrong = new HashSet<>();
      for (int i = 0; i < example.labels().size(); i++) {
        if (!example.scored(i)) {
          continue;
        }
        String cell = cell(example, i);
        int[] c = counts.computeIfAbsent(cell, k -> new int[4]);
        c[1]++;
        if (example.labels().get(i).equals(predicted.get(i))) {
          c[0]++;
        } else {
          wrong.add(cell);
        }
        seen.add(cell);
      }
      for (String cell : seen) {
        int[] c = counts.get(cell);
        c[3]++;
        if (!wrong.contains(cell)) {
          c[2]++;
        }
      }
    }
    List<AccuracyCell> cells = new ArrayList<>();
    counts.forEach((value, c) -> cells.add(new AccuracyCell(value, c[0], c[1], c[2], c[3])));
    cells.sort(
        Comparator.comparingDouble(AccuracyCell::positionAccuracy)
            .thenComparingDouble(AccuracyCell::exampleAccuracy)
            .thenComparing(AccuracyCell::value, Breakdown::compareValues));
    return cells;
  }

  /** Numbers in numeric order, before any other value; other values in text order. */
  private static int compareValues(String a, String b) {
    boolean na = a.matches("-?\\d+");
    boolean nb = b.matches("-?\\d+");
    if (na && nb) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return na != nb ? (na ? -1 : 1) : a.compareTo(b);
  }
}
