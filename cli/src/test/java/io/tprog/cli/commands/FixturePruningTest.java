package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.learner.data.JsonlDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every trained fixture program, pruned on its whole dataset (regenerated from the seed and size its metrics.json
 * records), is written out by {@code tprog prune} and predicts identically on every example: the command runs the
 * pruned text in Jython over the whole dataset and fails unless every prediction is the original's (PruneCommandTest
 * also evaluates a written file again).
 */
@Tag("slow")
class FixturePruningTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"reverse", "sort", "hist", "double_hist", "most_freq", "dyck1", "dyck2", "induction"})
  void prunedFixturePredictsIdenticallyOnItsWholeDataset(String task) throws Exception {
    Path program = Path.of(CommandRun.fixture("programs/" + task + "/" + task + ".py"));
    Path data = dir.resolve(task + ".jsonl");
    JsonlDataset.write(data, BenchEvalCommand.fixtureDataset(program.resolveSibling("metrics.json")));

    Path out = dir.resolve("pruned");
    CommandRun r = CommandRun.of("prune", program.toString(), "--data", data.toString(), "--out", out.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode result = new ObjectMapper().readTree(r.out());
    assertTrue(result.get("identical").asBoolean());
    int examples = result.get("examples").asInt();
    assertEquals(Files.readAllLines(data).size(), examples);
    assertTrue(result.get("lines_after").asInt() <= result.get("lines_before").asInt(), r.out());
    assertEquals(result.get("lines_after").asInt(), Files.readAllLines(out.resolve(task + ".py")).size());

    System.out.printf("pruned %s: %d -> %d lines, %d components removed, %d examples%n", task,
        result.get("lines_before").asInt(), result.get("lines_after").asInt(), result.get("removed_components").size(), examples);
  }
}
