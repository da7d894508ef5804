package io.tprog.analyzer.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.format.sandbox.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrunerTest {
  @TempDir Path out;

  /**
   * The hand-made programs, pruned on every input of their small vocabularies, are written out and predict
   * identically on all of them (the trained fixture programs are pruned in the cli's FixturePruningTest).
   */
  @ParameterizedTest
  @CsvSource({
    "dynamic/sort/sort.py, dynamic/sort/sort.jsonl",
    "dynamic/hist/hist.py, dynamic/hist/hist.jsonl"
  })
  void prunedProgramPredictsIdentically(String programPath, String dataPath) throws Exception {
    Path program = TestFixtures.path(programPath);
    List<Example> data = Dataset.read(TestFixtures.path(dataPath)).examples();
    PruneResult result = new Pruner(program).prune(data);
    assertTrue(result.identical(), programPath);
    assertTrue(result.linesAfter() < result.linesBefore(), result.linesBefore() + " -> " + result.linesAfter());

    Path written = Pruner.write(program, result, out);
    Evaluation before = new Evaluator(Programs.load(program)).evaluate(data);
    Evaluation after = new Evaluator(Programs.load(written)).evaluate(data);
    assertEquals(before.predictions(), after.predictions(), "the written pruned program of " + programPath);
    assertEquals(result.linesAfter(), Files.readAllLines(written).size());
  }

  @Test
  void sortFixtureLosesItsIdleHeadAndUnusedRows() {
    Path program = TestFixtures.path("dynamic/sort/sort.py");
    List<Example> data = Dataset.read(TestFixtures.path("dynamic/sort/sort.jsonl")).examples();
    PruneResult result = new Pruner(program).prune(data);
    assertEquals(List.of("attn_0_0"), result.removedComponents());
    assertTrue(result.prunedSource().contains("    # attn_0_0: pruned, no prediction on the data depends on it\n    attn_0_0_outputs = [tokens[0]] * len(tokens)\n"));
    assertFalse(result.prunedSource().contains("def predicate_0_0"));
    // Counts of 0s plus 1s never exceed 4, so num_mlp_0_0's rows for 5, 6 and 7 never answer.
    assertFalse(result.prunedSource().contains("return 7"));
    assertTrue(result.removedBranches() >= 3);
  }
}
