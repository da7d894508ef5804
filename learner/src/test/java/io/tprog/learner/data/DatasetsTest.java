package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatasetsTest {

  @ParameterizedTest
  @EnumSource(Task.class)
  void sameSeedSameExamplesOtherSeedOtherExamples(Task task) {
    DatasetSpec spec = task.defaults().withSize(2000).withSeed(7);
    Dataset a = Datasets.generate(task, spec);
    Dataset b = Datasets.generate(task, spec);
    assertEquals(a, b);
    Dataset c = Datasets.generate(task, spec.withSeed(8));
    assertNotEquals(a.examples(), c.examples());
  }

  @ParameterizedTest
  @EnumSource(Task.class)
  void inputsAreDistinctAndAreTheFirstDistinctDraws(Task task) {
    DatasetSpec spec = task.defaults().withSize(3000).withSeed(11);
    Dataset d = Datasets.generate(task, spec);
    Set<List<String>> seen = new HashSet<>();
    for (Example e : d.examples()) {
      assertTrue(seen.add(e.tokens()), "duplicate input " + e.tokens());
    }
    // The same stream of draws, de-duplicated here, gives the same set of inputs.
    Random random = new Random(spec.seed());
    Set<List<String>> expected = new LinkedHashSet<>();
    while (expected.size() < spec.size()) {
      expected.add(task.draw(random, spec));
    }
    assertEquals(expected, seen);
  }

  @Test
  void aSmallInputSpaceEndsWithEveryInputOnceAfterTheDrawLimit() {
    // One symbol, lengths 1..3: exactly three possible inputs.
    Dataset d = Datasets.generate(Task.REVERSE, new DatasetSpec(50, 0, 4, 5));
    assertEquals(3, d.examples().size());
    Set<List<String>> inputs = new HashSet<>();
    d.examples().forEach(e -> inputs.add(e.tokens()));
    assertEquals(
        Set.of(List.of("<s>", "0", "</s>"), List.of("<s>", "0", "0", "</s>"), List.of("<s>", "0", "0", "0", "</s>")),
        inputs);
  }

  @Test
  void sortAtItsDefaultsEndsNearTheFourteenThousandOfThePaper() {
    Dataset d = Datasets.generate(Task.SORT, Task.SORT.defaults());
    int n = d.examples().size();
    // 19,530 possible inputs; 100,000 draws with uniform lengths reach about 14.1k of them (the paper reports 14,124).
    assertTrue(n > 13_800 && n < 14_500, "distinct sort examples: " + n);
  }

  @Test
  void splitsAreTenPercentTestThenTenPercentOfTheRestValidation() {
    Dataset d = Datasets.generate(Task.HIST, Task.HIST.defaults().withSize(1234));
    Map<String, Integer> sizes = d.splitSizes();
    assertEquals(List.of("train", "validation", "test"), new ArrayList<>(sizes.keySet()));
    assertEquals(124, sizes.get("test")); // ceil(1234 / 10)
    assertEquals(111, sizes.get("validation")); // ceil(1110 / 10)
    assertEquals(999, sizes.get("train"));
    // Written grouped: train, then validation, then test.
    List<String> order = d.examples().stream().map(Example::split).distinct().toList();
    assertEquals(List.of("train", "validation", "test"), order);
  }

  @Test
  void splitDependsOnTheSeedAndKeepsEveryExample() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      examples.add(new Example("train", List.of("<s>", Integer.toString(i)), List.of("<pad>", "x")));
    }
    List<Example> a = Datasets.split(examples, 1);
    List<Example> b = Datasets.split(examples, 2);
    assertEquals(a, Datasets.split(examples, 1));
    assertNotEquals(test(a), test(b));
    Set<List<String>> all = new HashSet<>();
    a.forEach(e -> all.add(e.tokens()));
    assertEquals(200, all.size());
    assertEquals(20, test(a).size());
  }

  private static List<List<String>> test(List<Example> examples) {
    return examples.stream().filter(e -> e.split().equals("test")).map(Example::tokens).toList();
  }

  @Test
  void dyckHasBothHalvesOfTheRecipe() {
    Dataset d = Datasets.generate(Task.DYCK2, Task.DYCK2.defaults().withSize(4000));
    // Nearly every built string has a balanced prefix (T), while about 15% of random strings do: with half the
    // inputs built, more than 45% reach T and more than 25% never do.
    long withBalancedPrefix = d.examples().stream().filter(e -> e.labels().contains("T")).count();
    assertTrue(withBalancedPrefix > 0.45 * d.examples().size(), "examples with a T: " + withBalancedPrefix);
    long neverBalanced = d.examples().size() - withBalancedPrefix;
    assertTrue(neverBalanced > 0.25 * d.examples().size(), "examples without a T: " + neverBalanced);
  }
}
