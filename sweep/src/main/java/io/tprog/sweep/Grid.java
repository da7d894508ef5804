package io.tprog.sweep;

import io.tprog.learner.data.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a sweep tries: layers, heads and MLPs per layer, optionally variable sizes, and seeds. Written as
 * {@code "layers=2,3 heads=4,8 mlps=2,4 seeds=0-4"}: space-separated {@code name=values}, values a comma list of
 * integers or ranges {@code a-b}. Values are only checked to be integers here; whether a shape can be trained is the
 * learner's to say, in the cell that tries it.
 */
public record Grid(List<Integer> layers, List<Integer> heads, List<Integer> mlps, List<Integer> varSizes, List<Long> seeds) {
  /** The paper's grid: layers {2, 3} x heads {4, 8} x MLPs {2, 4} x 5 seeds. */
  public static final String PAPER_TEXT = "layers=2,3 heads=4,8 mlps=2,4 seeds=0-4";

  private static final Set<String> NAMES = Set.of("layers", "heads", "mlps", "vars", "seeds");

  private static final Map<String, List<Long>> PAPER_VALUES =
      Map.of(
          "layers", List.of(2L, 3L),
          "heads", List.of(4L, 8L),
          "mlps", List.of(2L, 4L),
          "vars", List.of(),
          "seeds", List.of(0L, 1L, 2L, 3L, 4L));

  public static final Grid PAPER = parse(PAPER_TEXT);

  /** Epochs a paper cell trains for. */
  public static final int PAPER_EPOCHS = 250;

  public Grid {
    layers = List.copyOf(layers);
    heads = List.copyOf(heads);
    mlps = List.copyOf(mlps);
    varSizes = List.copyOf(varSizes);
    seeds = List.copyOf(seeds);
  }

  /** Parses the grid text; names left out take the paper's values (PAPER_TEXT) ({@code vars} the task's own variable size). */
  public static Grid parse(String text) {
    Map<String, List<Long>> values = new LinkedHashMap<>();
    for (String part : text.trim().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      if (eq < 0 || !NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "The grid part '" + part + "' is not one of layers=, heads=, mlps=, vars= or seeds= with values.");
      }
      if (values.containsKey(name)) {
        throw new IllegalArgumentException("The grid names " + name + " twice.");
      }
      values.put(name, numbers(name, part.substring(eq + 1)));
    }
    return new Grid(
        ints(values, "layers"), ints(values, "heads"), ints(values, "mlps"), ints(values, "vars"),
        values.getOrDefault("seeds", PAPER_VALUES.get("seeds")));
  }

  /** Every cell of this grid for one task, in a fixed order; standard cells once per layers, heads and seed. */
  public List<Cell> cells(Task task, int epochs, boolean standard, Integer size) {
    Set<Cell> cells = new LinkedHashSet<>();
    List<Integer> ks = varSizes.isEmpty() ? Collections.singletonList(null) : varSizes;
    for (int l : layers) {
      for (int h : heads) {
        for (int m : mlps) {
          for (Integer k : ks) {
            for (long s : seeds) {
              cells.add(new Cell(task.id(), l, h, standard ? 0 : m, k, s, epochs, standard, size));
            }
          }
        }
      }
    }
    return new ArrayList<>(cells);
  }

  private static List<Integer> ints(Map<String, List<Long>> values, String name) {
    return values.getOrDefault(name, PAPER_VALUES.get(name)).stream().map(Long::intValue).toList();
  }

  private static List<Long> numbers(String name, String text) {
    List<Long> out = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      try {
        int dash = item.indexOf('-', 1);
        if (dash > 0) {
          long from = Long.parseLong(item.substring(0, dash));
          long to = Long.parseLong(item.substring(dash + 1));
          if (to < from || to - from > 10_000) {
            throw new IllegalArgumentException("The grid range " + name + "=" + item + " is empty or too long.");
          }
          for (long v = from; v <= to; v++) {
            out.add(v);
          }
        } else {
          out.add(Long.parseLong(item));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "The grid value '" + item + "' of " + name + "= is not an integer or a range like 0-4.");
      }
      if (!name.equals("seeds") && out.get(out.size() - 1) > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("The grid value " + item + " of " + name + "= is too large.");
      }
    }
    return out;
  }
}
