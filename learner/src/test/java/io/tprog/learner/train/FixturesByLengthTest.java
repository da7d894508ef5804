package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.Task;
import io.tprog.learner.program.ProgramRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every committed fixture program on a length-balanced set of {@value #SIZE} inputs drawn with its data seed + 1 (as
 * {@code tprog train} draws it), run in CPython: it prints the accuracy per length, and checks that each meets the paper's
 * accuracy minus one point.
 */
class FixturesByLengthTest {
  static final int SIZE = 3000;

  /** The paper's test accuracy per task (its Table 1, as the README gives it). */
  static final Map<Task, Double> PAPER =
      Map.of(Task.SORT, 99.83, Task.REVERSE, 99.79, Task.HIST, 100.0, Task.DOUBLE_HIST, 98.40, Task.MOST_FREQ, 75.69,
          Task.DYCK1, 99.30, Task.DYCK2, 99.09, Task.INDUCTION, 100.0);

  @ParameterizedTest
  @EnumSource(Task.class)
  void fixtureOnALengthBalancedSet(Task task) throws IOException {
    Path folder = Path.of("..", "fixtures", "programs", task.id());
    assumeTrue(Files.isDirectory(folder), "no fixture for " + task.id());
    assumeTrue(ProgramRunner.cpythonAvailable(), "python3 is not on the PATH");
    JsonNode dataset = new ObjectMapper().readTree(folder.resolve(RunFiles.METRICS).toFile()).get("dataset");
    long seed = dataset.get("seed").asLong() + 1;
    List<Example> examples =
        Datasets.generateBalancedLengths(
                task,
                task.defaults()
                    .withSeed(seed)
                    .withSize(SIZE)
                    .withVocabSize(dataset.get("vocab_size").asInt())
                    .withMaxLength(dataset.get("max_length").asInt()))
            .examples();
    assertEquals(SIZE, examples.size());
    List<List<String>> predictions =
        ProgramRunner.runCPython(folder.resolve(task.id() + ".py"), examples.stream().map(Example::tokens).toList());
    LengthAccuracy accuracy = LengthAccuracy.of(examples, predictions, task.causal());
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%s balanced (seed %d, %d inputs): %.2f%%, mean over lengths %.2f%%;",
        task.id(), seed, examples.size(), 100 * accuracy.tokenAccuracy(), 100 * accuracy.meanOverLengths()));
    for (LengthAccuracy.Length l : accuracy.lengths()) {
      table.append(String.format(Locale.ROOT, " %d:%.2f", l.length(), 100 * l.accuracy()));
    }
    System.out.println(table);
    double floor = PAPER.get(task) - 1;
    assertTrue(100 * accuracy.tokenAccuracy() >= floor, "below " + floor + "%: " + table);
  }
}
