package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BalancedLengthsTest {

  @Test
  void reverseTakesEveryShortInputAndSharesTheRestEquallyAmongTheLongLengths() {
    Dataset d = Datasets.generateBalancedLengths(Task.REVERSE, Task.REVERSE.defaults().withSize(3000).withSeed(5));
    Map<Integer, Integer> perLength = perLength(d);
    // 5 symbols: only 5, 25, 125 and 625 inputs of 1, 2, 3 and 4 symbols exist; 2,220 are left for 5 and 6.
    assertEquals(Map.of(1, 5, 2, 25, 3, 125, 4, 625, 5, 1110, 6, 1110), perLength);
    assertEquals(3000, d.examples().size());
    Set<List<String>> seen = new HashSet<>();
    for (Example e : d.examples()) {
      assertTrue(seen.add(e.tokens()), "duplicate input " + e.tokens());
      assertEquals(Task.REVERSE.labels(e.tokens()), e.labels());
    }
    assertEquals(Map.of("train", 2430, "validation", 270, "test", 300), d.splitSizes());
  }

  @Test
  void theOrdinaryDrawLeavesShortLengthsAlmostEmpty() {
    Map<Integer, Integer> perLength = perLength(Datasets.generate(Task.REVERSE, Task.REVERSE.defaults()));
    assertTrue(perLength.get(6) > 100 * perLength.get(2), perLength.toString());
  }

  @ParameterizedTest
  @EnumSource(Task.class)
  void sameSeedSameExamplesAndEveryLengthGetsItsShare(Task task) {
    DatasetSpec spec = task.defaults().withSize(1200).withSeed(3);
    Dataset d = Datasets.generateBalancedLengths(task, spec);
    assertEquals(d, Datasets.generateBalancedLengths(task, spec));
    Map<Integer, Integer> perLength = perLength(d);
    int most = perLength.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    int least = perLength.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    // Lengths that are not short of inputs differ by at most one.
    long atQuota = perLength.values().stream().filter(n -> n >= most - 1).count();
    assertTrue(atQuota >= 1 && d.examples().size() == 1200, task + " " + perLength);
    assertTrue(least >= 1, task + " " + perLength);
  }

  @Test
  void quotasAreEqualUpToTheSmallGroups() {
    assertEquals(List.of(5, 25, 34, 33, 33), Datasets.quotas(List.of(5, 25, 100, 100, 100), 130));
    assertEquals(List.of(2, 3), Datasets.quotas(List.of(2, 3), 10));
    assertEquals(List.of(4, 3), Datasets.quotas(List.of(10, 10), 7));
  }

  private static Map<Integer, Integer> perLength(Dataset d) {
    Map<Integer, Integer> perLength = new TreeMap<>();
    d.examples().forEach(e -> perLength.merge(Datasets.symbols(e.tokens()), 1, Integer::sum));
    return perLength;
  }
}
