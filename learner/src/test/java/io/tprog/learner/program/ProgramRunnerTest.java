package io.tprog.learner.program;

import static io.tprog.learner.program.HandBuiltPrograms.HIST_CLASSES;
import static io.tprog.learner.program.HandBuiltPrograms.HIST_VOCABULARY;
import static io.tprog.learner.program.HandBuiltPrograms.K;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emitted programs run in Jython and CPython and agree with {@link ProgramEvaluator}. */
class ProgramRunnerTest {
  @TempDir Path folder;

  private Path emit(Program program, String name) throws IOException {
    return new PythonEmitter(program).emit(folder, new EmitOptions(name, null, null, List.of())).program();
  }

  private static List<List<String>> evaluate(Program program, List<List<String>> inputs) {
    ProgramEvaluator evaluator = new ProgramEvaluator(program);
    return inputs.stream().map(evaluator::predict).toList();
  }

  private void assertAllAgree(Program program, String name, List<List<String>> inputs) throws IOException {
    Path file = emit(program, name);
    List<List<String>> expected = evaluate(program, inputs);
    List<List<String>> jython = ProgramRunner.runJython(file, inputs);
    for (int i = 0; i < inputs.size(); i++) {
      assertEquals(expected.get(i), jython.get(i), "Jython, " + name + " on " + inputs.get(i));
    }
    if (ProgramRunner.cpythonAvailable()) {
      List<List<String>> cpython = ProgramRunner.runCPython(file, inputs);
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(expected.get(i), cpython.get(i), "CPython, " + name + " on " + inputs.get(i));
      }
    }
  }

  @Test
  void theHistStructureAgreesEverywhereOnRandomInputs() throws IOException {
    Program program = HandBuiltPrograms.hist(false, new Random(21));
    assertAllAgree(program, "hist_random", HandBuiltPrograms.randomInputs(new Random(22), program, 400));
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("hist_random.py", "hist_random_weights.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "running leaves no compiled files behind");
    }
  }

  @Test
  void theExactHistProgramSolvesHistInEveryRuntime() throws IOException {
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    Dataset dataset = Datasets.generate(Task.HIST, Task.HIST.defaults().withSize(600).withSeed(3));
    List<List<String>> inputs = dataset.examples().stream().map(Example::tokens).toList();
    assertAllAgree(program, "hist", inputs);
    List<List<String>> jython = ProgramRunner.runJython(emit(program, "hist"), inputs);
    for (int e = 0; e < inputs.size(); e++) {
      List<String> labels = dataset.examples().get(e).labels();
      for (int i = 0; i < labels.size(); i++) {
        assertEquals(labels.get(i).equals("<pad>") ? "<s>" : labels.get(i), jython.get(e).get(i));
      }
    }
  }

  @Test
  @Tag("slow")
  void randomProgramsOfEveryShapeAgreeEverywhere() throws IOException {
    List<String> framed = List.of("<pad>", "<s>", "</s>", "0", "1", "2", "3", "4");
    int seed = 100;
    for (boolean causal : new boolean[] {false, true}) {
      for (boolean pooled : new boolean[] {false, true}) {
        for (boolean integerWeights : new boolean[] {false, true}) {
          seed++;
          ProgramConfig config = new ProgramConfig("random", 2, 2, 2, 1, 1, K, K, causal, pooled);
          List<String> vocabulary = seed % 2 == 0 ? framed : HIST_VOCABULARY;
          Program program = HandBuiltPrograms.random(new Random(seed), config, vocabulary, HIST_CLASSES, integerWeights);
          assertAllAgree(program, "random_" + seed, HandBuiltPrograms.randomInputs(new Random(-seed), program, 250));
        }
      }
    }
  }

  @Test
  @Tag("slow")
  void tablesOfThousandsOfEntriesRunInJythonToo() throws IOException {
    int[] identity = {0, 1, 2, 3, 4, 5, 6, 7};
    Random random = new Random(31);
    int[][] table = new int[K * K + 1][K * K + 1];
    for (int[] row : table) {
      java.util.Arrays.setAll(row, i -> random.nextInt(K));
    }
    Program program = new Program(new ProgramConfig("big", 2, 0, 2, 0, 1, K, K, false, false), HIST_VOCABULARY,
        HIST_CLASSES, List.of(),
        List.of(new NumHead(0, 0, "tokens", "tokens", "ones", identity),
            new NumHead(0, 1, "positions", "positions", "ones", identity),
            new NumHead(1, 0, "tokens", "tokens", "num_attn_0_0", identity),
            new NumHead(1, 1, "tokens", "tokens", "num_attn_0_1", identity)),
        List.of(), List.of(new NumMlp(0, 0, "ones", "ones", 1, 1, 1, 1, new int[][] {{5}}),
            new NumMlp(1, 0, "num_attn_1_0", "num_attn_1_1", 0, K * K, 0, K * K, table)),
        new Classifier(
            List.of("tokens", "positions", "num_mlp_0_0", "num_mlp_1_0", "ones", "num_attn_0_0", "num_attn_0_1",
                "num_attn_1_0", "num_attn_1_1"),
            HandBuiltPrograms.randomWeights(random, 4 * K + 5, HIST_CLASSES.size())));
    List<List<String>> inputs = HandBuiltPrograms.randomInputs(new Random(32), program, 150);
    assertAllAgree(program, "big", inputs);
    String text = Files.readString(folder.resolve("big.py"));
    long listedPairs = text.lines().filter(line -> line.startsWith("            (")).mapToLong(line -> line.split("\\), \\(").length).sum();
    assertTrue(listedPairs > 3000, "compiled as code, " + listedPairs + " listed pairs would exceed a JVM method");
  }

  @Test
  void aFunctionTooLargeForJythonIsRefusedClearly() throws IOException {
    StringBuilder source = new StringBuilder("def run(tokens):\n");
    for (int i = 0; i < 8000; i++) {
      source.append("    x").append(i).append(" = len(tokens) + ").append(i).append('\n');
    }
    source.append("    return tokens\n");
    Path file = folder.resolve("huge.py");
    Files.writeString(file, source);
    ProgramRunException e =
        assertThrows(ProgramRunException.class, () -> ProgramRunner.runJython(file, List.of(List.of("a"))));
    assertEquals("The program " + file + " failed in Jython: " + file.toAbsolutePath() + ": a function is too large for"
        + " Jython to compile (the JVM limits a method to 64 KB of bytecode); run it in CPython instead.", e.getMessage());
  }

  /**
   * A program whose prediction at each position is the key position {@code attn_0_0} selected there: the query is
   * the position, the key a bit token, the value the position, and class {@code p} scores only when position
   * {@code p} is selected. Every query wants key token {@code wanted} ("0", "1", or null for never).
   */
  private static Program selectedPositions(boolean causal, String wanted) {
    int k = 6;
    int[] predicate = new int[k];
    java.util.Arrays.fill(predicate, wanted == null ? -1 : Integer.parseInt(wanted));
    double[][] weights = new double[3 * k + 1][k];
    for (int p = 0; p < k; p++) {
      weights[2 * k + p][p] = 1.0;
    }
    return new Program(new ProgramConfig("select", 1, 1, 0, 0, 0, k, k, causal, false), List.of("0", "1"),
        List.of("0", "1", "2", "3", "4", "5"), List.of(new CatHead(0, 0, "positions", "tokens", "positions", predicate)),
        List.of(), List.of(), List.of(), new Classifier(List.of("tokens", "positions", "attn_0_0", "ones"), weights));
  }

  /**
   * Exhaustive up to length 6: a query's selection depends only on its own predicate value (match "0", match "1" or
   * never) and the keys, so three predicates over every key string of length 1..6 cover every predicate.
   */
  @Test
  void selectClosestEqualsTheSelectionRuleOnEveryPredicateAndKeyStringUpToLengthSix() throws IOException {
    List<List<String>> inputs = new ArrayList<>();
    for (int length = 1; length <= 6; length++) {
      for (int bits = 0; bits < 1 << length; bits++) {
        List<String> tokens = new ArrayList<>();
        for (int j = 0; j < length; j++) {
          tokens.add((bits >> j & 1) == 1 ? "1" : "0");
        }
        inputs.add(tokens);
      }
    }
    for (boolean causal : new boolean[] {false, true}) {
      for (String wanted : java.util.Arrays.asList("0", "1", null)) {
        Program program = selectedPositions(causal, wanted);
        Path file = emit(program, "select_" + causal + "_" + wanted);
        List<List<List<String>>> runs = new ArrayList<>();
        runs.add(ProgramRunner.runJython(file, inputs));
        if (ProgramRunner.cpythonAvailable()) {
          runs.add(ProgramRunner.runCPython(file, inputs));
        }
        ProgramEvaluator evaluator = new ProgramEvaluator(program);
        for (int e = 0; e < inputs.size(); e++) {
          List<String> tokens = inputs.get(e);
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < tokens.size(); i++) {
            boolean[] matches = new boolean[tokens.size()];
            for (int j = 0; j < tokens.size(); j++) {
              matches[j] = tokens.get(j).equals(wanted);
            }
            expected.add(Integer.toString(SelectionRule.select(i, matches, causal)));
          }
          for (List<List<String>> run : runs) {
            assertEquals(expected, run.get(e), "causal " + causal + ", wanted " + wanted + ", keys " + tokens);
          }
          assertEquals(expected, evaluator.predict(tokens));
        }
      }
    }
  }

  @Test
  void theMainBlockRunsUnderCPython() throws Exception {
    assumeTrue(ProgramRunner.cpythonAvailable());
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    Path file = new PythonEmitter(program).emit(folder, new EmitOptions("hist", 1.0, 1.0,
        List.of(new ProgramExample(List.of("<s>", "3", "3", "5"), List.of("<pad>", "2", "2", "1"))))).program();
    Process process = new ProcessBuilder("python3", "-B", file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), output);
    assertEquals("input:    <s> 3 3 5\nexpected: <pad> 2 2 1\nprogram:  <s> 2 2 1\n", output);
  }

  @Test
  void aPooledProgramGivesOneLabelPerInput() throws IOException {
    Program program = HandBuiltPrograms.random(
        new Random(8), new ProgramConfig("p", 1, 1, 1, 0, 0, K, K, false, true), HIST_VOCABULARY, HIST_CLASSES, false);
    List<List<String>> inputs = HandBuiltPrograms.randomInputs(new Random(9), program, 50);
    List<List<String>> jython = ProgramRunner.runJython(emit(program, "pooled"), inputs);
    for (int e = 0; e < inputs.size(); e++) {
      List<String> labels = jython.get(e);
      assertEquals(inputs.get(e).size(), labels.size());
      assertTrue(labels.subList(1, labels.size()).stream().allMatch("<pad>"::equals), labels.toString());
      assertTrue(!labels.get(0).equals("<pad>"), labels.toString());
    }
    assertEquals(evaluate(program, inputs), jython);
  }

  @Test
  void aFailingProgramIsReportedWithItsFileAndInput() throws IOException {
    Path broken = folder.resolve("broken.py");
    Files.writeString(broken, "def run(tokens):\n    return [missing_name for token in tokens]\n");
    ProgramRunException jython =
        assertThrows(ProgramRunException.class, () -> ProgramRunner.runJython(broken, List.of(List.of("a"))));
    assertTrue(jython.getMessage().startsWith("The program " + broken + " failed in Jython: " + broken.toAbsolutePath()
        + " line 2: NameError: "), jython.getMessage());
    assertTrue(jython.getMessage().contains("missing_name"), jython.getMessage());
    Path noRun = folder.resolve("no_run.py");
    Files.writeString(noRun, "x = 1\n");
    ProgramRunException missing =
        assertThrows(ProgramRunException.class, () -> ProgramRunner.runJython(noRun, List.of(List.of("a"))));
    assertEquals("The program " + noRun + " failed in Jython: " + noRun.toAbsolutePath() + " defines no function run(tokens).",
        missing.getMessage());
    if (ProgramRunner.cpythonAvailable()) {
      ProgramRunException cpython =
          assertThrows(ProgramRunException.class, () -> ProgramRunner.runCPython(broken, List.of(List.of("a"))));
      assertEquals("The program " + broken + " failed in CPython on [a] at line 2: NameError: name 'missing_name' is not"
          + " defined.", cpython.getMessage());
    }
  }
}
