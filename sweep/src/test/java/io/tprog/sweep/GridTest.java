package io.tprog.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {
  @Test
  void thePaperGridIsFortyCellsATaskWithStableIds() {
    List<Cell> cells = Grid.PAPER.cells(Task.SORT, 250, false, null);
    assertEquals(40, cells.size());
    assertEquals("sort-L2-H4-M2-s0", cells.get(0).id());
    assertTrue(cells.stream().anyMatch(c -> c.id().equals("sort-L3-H8-M4-s2")));
    assertEquals(40, cells.stream().map(Cell::id).distinct().count());
  }

  @Test
  void headsAndMlpsSplitEvenlyTheOddOneCategorical() {
    Cell cell = Grid.parse("layers=1 heads=5 mlps=2 seeds=3").cells(Task.HIST, 1, false, null).get(0);
    assertEquals(3, cell.catHeads());
    assertEquals(2, cell.numHeads());
    assertEquals(1, cell.catMlps());
    assertEquals(1, cell.numMlps());
    assertEquals("hist-L1-H5-M2-s3", cell.id());
  }

  @Test
  void namesLeftOutKeepThePapersValuesAndRangesExpand() {
    Grid grid = Grid.parse("layers=1 seeds=2-4 vars=8,16");
    assertEquals(List.of(1), grid.layers());
    assertEquals(List.of(4, 8), grid.heads());
    assertEquals(List.of(2L, 3L, 4L), grid.seeds());
    assertEquals("hist-L1-H4-M2-k16-s2", grid.cells(Task.HIST, 1, false, null).get(3).id());
  }

  @Test
  void theStandardBaselineHasOneCellPerLayersHeadsAndSeed() {
    List<Cell> cells = Grid.PAPER.cells(Task.SORT, 250, true, null);
    assertEquals(20, cells.size());
    assertEquals("sort-std-L2-H4-s0", cells.get(0).id());
  }

  @Test
  void badGridTextIsOneSentenceNamingThePart() {
    assertEquals(
        "The grid part 'depth=2' is not one of layers=, heads=, mlps=, vars= or seeds= with values.",
        assertThrows(IllegalArgumentException.class, () -> Grid.parse("depth=2")).getMessage());
    assertEquals(
        "The grid value 'x' of heads= is not an integer or a range like 0-4.",
        assertThrows(IllegalArgumentException.class, () -> Grid.parse("heads=4,x")).getMessage());
  }

  @Test
  void paperMeansEverySyntheticTask() {
    List<Cell> cells = SweepPlan.cells(List.of("paper"), "layers=2 heads=4 mlps=2 seeds=0", 5, true, null);
    assertEquals(2 * Task.values().length, cells.size());
  }
}
