package io.tprog.sweep;

import io.tprog.learner.data.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cells a sweep's options ask for: each task (or {@code paper}, every synthetic task) at the grid, for the given
 * epochs (the paper's 250 by default), with the standard baseline's cells too if asked. Shared by {@code tprog sweep}
 * and {@link SweepMain}.
 */
public final class SweepPlan {
  /** The task name that stands for every synthetic task. */
  public static final String PAPER = "paper";

  private SweepPlan() {}

  /**
   * @param grid grid text, or null for the paper's grid
   * @param epochs epochs a cell, or null for the paper's
   * @param size inputs drawn before de-duplication, or null for the task's
   */
  public static List<Cell> cells(List<String> taskIds, String grid, Integer epochs, boolean standardToo, Integer size) {
    if (taskIds.isEmpty()) {
      throw new IllegalArgumentException("Give at least one --task (or --task paper for every synthetic task).");
    }
    if (epochs != null && epochs < 1) {
      throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs + ".");
    }
    Set<Task> tasks = new LinkedHashSet<>();
    for (String id : taskIds) {
      if (id.equals(PAPER)) {
        tasks.addAll(List.of(Task.values()));
      } else {
        tasks.add(Task.fromId(id));
      }
    }
    Grid g = grid == null ? Grid.PAPER : Grid.parse(grid);
    int e = epochs == null ? Grid.PAPER_EPOCHS : epochs;
    List<Cell> cells = new ArrayList<>();
    for (Task task : tasks) {
      cells.addAll(g.cells(task, e, false, size));
      if (standardToo) {
        cells.addAll(g.cells(task, e, true, size));
      }
    }
    return cells;
  }
}
