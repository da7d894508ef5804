package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.JsonlDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every trained fixture program, pruned on a seeded sample of its dataset (regenerated from the seed and size its
 * metrics.json records), is written out by {@code tprog prune} and predicts identically on every example of the
 * sample: the command runs the pruned text in Jython over the examples and fails unless every prediction is the
 * original's (PruneCommandTest also evaluates a written file again). One fixture is pruned on its whole dataset.
 */
class FixturePruningTest {
  private static final int SAMPLE = 1500;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"reverse", "sort", "hist", "double_hist", "most_freq", "dyck1", "dyck2", "induction"})
  void prunedFixturePredictsIdenticallyOnASampleOfItsDataset(String task) throws Exception {
    prune(task, SAMPLE);
  }

  @Test
  void prunedFixturePredictsIdenticallyOnItsWholeDataset() throws Exception {
    prune("sort", Integer.MAX_VALUE);
  }

  private void prune(String task, int size) throws Exception {
    Path program = Path.of(CommandRun.fixture("programs/" + task + "/" + task + ".py"));
    Dataset whole = BenchEvalCommand.fixtureDataset(program.resolveSibling("metrics.json"));
    List<Example> all = new ArrayList<>(whole.examples());
    if (all.size() > size) {
      Collections.shuffle(all, new Random(task.hashCode()));
      all = all.subList(0, size);
    }
    Path data = dir.resolve(task + ".jsonl");
    JsonlDataset.write(data, Dataset.of(task, all, whole.causal(), whole.pooled()));

    Path out = dir.resolve("pruned");
    CommandRun r = CommandRun.of("prune", program.toString(), "--data", data.toString(), "--out", out.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode result = new ObjectMapper().readTree(r.out());
    assertTrue(result.get("identical").asBoolean());
    int examples = result.get("examples").asInt();
    assertEquals(all.size(), examples);
    assertTrue(result.get("lines_after").asInt() <= result.get("lines_before").asInt(), r.out());
    assertEquals(result.get("lines_after").asInt(), Files.readAllLines(out.resolve(task + ".py")).size());

    System.out.printf("pruned %s: %d -> %d lines, %d components removed, %d examples%n", task,
        result.get("lines_before").asInt(), result.get("lines_after").asInt(), result.get("removed_components").size(), examples);
  }
}
