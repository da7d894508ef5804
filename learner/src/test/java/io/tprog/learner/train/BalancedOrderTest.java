package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Task;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BalancedOrderTest {

  @Test
  void reverseShortTrainingLengthsEachGetAboutFourPercentOfTheEpoch() {
    List<Integer> lengths =
        Datasets.generate(Task.REVERSE, Task.REVERSE.defaults()).split(Dataset.TRAIN).stream()
            .map(e -> Datasets.symbols(e.tokens()))
            .toList();
    int[] groups = lengths.stream().mapToInt(Integer::intValue).toArray();
    int[] order = Trainer.balancedOrder(groups, new SplittableRandom(3));
    assertEquals(groups.length, order.length);
    int[] plain = new int[7];
    int[] drawn = new int[7];
    Set<Integer> shortSeen = new HashSet<>();
    for (int g : groups) {
      plain[g]++;
    }
    for (int i : order) {
      drawn[groups[i]]++;
      if (groups[i] <= 3) {
        shortSeen.add(i);
      }
    }
    // A plain shuffle has the three shortest lengths on about 1% of the epoch.
    assertTrue(plain[1] + plain[2] + plain[3] < 0.015 * groups.length, java.util.Arrays.toString(plain));
    System.out.println("reverse training examples per length " + java.util.Arrays.toString(plain) + ", drawn "
        + java.util.Arrays.toString(drawn));
    for (int length = 1; length <= 4; length++) {
      double share = (double) drawn[length] / order.length;
      assertTrue(share > 0.03 && share < 0.05, length + ": " + java.util.Arrays.toString(drawn));
    }
    assertTrue(drawn[6] > 0.6 * order.length && drawn[6] < plain[6], java.util.Arrays.toString(drawn));
    assertEquals(plain[1] + plain[2] + plain[3], shortSeen.size(), "every short example is drawn");
  }

  @Test
  void theSameRandomStreamGivesTheSameEpoch() {
    int[] groups = new int[40];
    java.util.Arrays.fill(groups, 1, 40, 2);
    int[] a = Trainer.balancedOrder(groups, new SplittableRandom(5));
    assertArrayEquals(a, Trainer.balancedOrder(groups, new SplittableRandom(5)));
    long ones = java.util.Arrays.stream(a).filter(i -> groups[i] == 0).count();
    // Group 0's floor is a quarter of an equal share (20), 5; group 2 keeps its 39: scaled to the epoch of 40,
    // round(5 x 40 / 44) = 5 repeats of the lone example.
    assertEquals(5, ones);
  }

  /** Short-first epochs draw only reverse's rare lengths (1 to 4 symbols), each a quarter of the epoch. */
  @Test
  void shortFirstEpochsDrawOnlyTheRareLengthsInEqualShares() {
    int[] groups =
        Datasets.generate(Task.REVERSE, Task.REVERSE.defaults()).split(Dataset.TRAIN).stream()
            .mapToInt(e -> Datasets.symbols(e.tokens()))
            .toArray();
    int[] order = Trainer.rareOrder(groups, new SplittableRandom(7));
    assertEquals(groups.length, order.length);
    int[] drawn = new int[7];
    Set<Integer> seen = new HashSet<>();
    for (int i : order) {
      drawn[groups[i]]++;
      seen.add(i);
    }
    assertEquals(0, drawn[5] + drawn[6], java.util.Arrays.toString(drawn));
    for (int length = 1; length <= 4; length++) {
      assertEquals(order.length / 4.0, drawn[length], 4.0, length + ": " + java.util.Arrays.toString(drawn));
    }
    long rare = java.util.Arrays.stream(groups).filter(g -> g <= 4).count();
    assertEquals(rare, seen.size(), "every rare example is drawn");
  }

  @Test
  void withoutRareGroupsShortFirstChangesNothing() {
    assertNull(Trainer.rareOrder(new int[] {1, 1, 2, 2, 3, 3}, new SplittableRandom(1)));
  }
}
