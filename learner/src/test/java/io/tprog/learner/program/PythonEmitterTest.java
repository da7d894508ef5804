package io.tprog.learner.program;

import static io.tprog.learner.program.HandBuiltPrograms.HIST_CLASSES;
import static io.tprog.learner.program.HandBuiltPrograms.HIST_VOCABULARY;
import static io.tprog.learner.program.HandBuiltPrograms.K;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emitted text. The golden files under {@code src/test/resources/io/tprog/learner/program/golden/} are the exact
 * emission of the hand-built hist program; after an intended change to the emitter, regenerate them with
 * {@code mvn -pl learner test -Dtest=PythonEmitterTest -Dtprog.updateGolden=true} and review the diff.
 */
class PythonEmitterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/io/tprog/learner/program/golden");
  private static final EmitOptions HIST_OPTIONS = new EmitOptions("hist", 1.0, 0.995,
      List.of(new ProgramExample(List.of("<s>", "3", "3", "5"), List.of("<pad>", "2", "2", "1"))));

  @TempDir Path folder;

  private static String histText() {
    return new PythonEmitter(HandBuiltPrograms.hist(true, new Random(0))).programText(HIST_OPTIONS);
  }

  @Test
  void theHistProgramMatchesTheGoldenFiles() throws IOException {
    PythonEmitter.EmittedFiles files = new PythonEmitter(HandBuiltPrograms.hist(true, new Random(0))).emit(folder, HIST_OPTIONS);
    if (Boolean.getBoolean("tprog.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.copy(files.program(), GOLDEN.resolve("hist.py"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(files.weights(), GOLDEN.resolve("hist_weights.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertEquals(Files.readString(GOLDEN.resolve("hist.py")), Files.readString(files.program()));
    assertEquals(Files.readString(GOLDEN.resolve("hist_weights.csv")), Files.readString(files.weights()));
  }

  @Test
  void theHeaderReportsTaskConfigurationAndFigures() {
    List<String> lines = histText().lines().toList();
    assertEquals("# Transformer Program for the task hist, emitted by tprog.", lines.get(0));
    assertTrue(lines.get(1).startsWith("# configuration: layers 1; per layer: categorical heads 1, numerical heads 1,"));
    assertEquals("# variable size 8, max length 8, causal False, pooled False", lines.get(2));
    assertEquals("# test accuracy: 100.00%", lines.get(3));
    assertEquals("# model agreement: 99.50%", lines.get(4));
    assertEquals("# tprog-format: 1", lines.get(5));
    assertEquals("from __future__ import print_function, division, absolute_import", lines.get(6));
    assertTrue(histText().contains("\nimport csv\nimport os\n\nCLASSES = [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"]\n"));
  }

  @Test
  void unmeasuredFiguresSaySo() {
    String text = new PythonEmitter(HandBuiltPrograms.hist(true, new Random(0)))
        .programText(new EmitOptions("h", null, null, List.of()));
    assertTrue(text.contains("# test accuracy: not measured\n# model agreement: not measured\n"));
    assertTrue(text.contains("if __name__ == \"__main__\":\n    print("));
  }

  @Test
  void everyHelperIsDefinedOnce() {
    String text = histText();
    for (String helper : List.of("select_closest(keys, queries, predicate, causal=False)",
        "select(keys, queries, predicate, causal=False)", "aggregate(pattern, values)", "aggregate_sum(pattern, values)",
        "load_weights(path)", "classify(weights, features, pooled=False)")) {
      assertEquals(1, count(text, "\ndef " + helper + ":\n"), helper);
    }
    assertTrue(text.contains("WEIGHTS = load_weights(os.path.join(os.path.dirname(os.path.abspath(__file__)), \"hist_weights.csv\"))"));
  }

  @Test
  void headBlocksNameWhatTheyReadAndGroupQueriesByKey() {
    String text = histText();
    assertTrue(text.contains(
        "    # attn_0_0: query positions, key positions, value tokens\n"
            + "    def predicate_0_0(q_position, k_position):\n"
            + "        if q_position in {1}:\n"
            + "            return k_position == 0\n"
            + "        elif q_position in {2}:\n"));
    assertTrue(text.contains("        return False\n"
        + "    attn_0_0_pattern = select_closest(positions, positions, predicate_0_0)\n"
        + "    attn_0_0_outputs = aggregate(attn_0_0_pattern, tokens)\n"));
    assertTrue(text.contains("    # num_attn_0_0: query tokens, key tokens, value ones\n"
        + "    def num_predicate_0_0(q_token, k_token):\n"
        + "        if q_token in {\"<pad>\"}:\n"
        + "            return k_token == \"<pad>\"\n"));
    assertTrue(text.contains("    num_attn_0_0_pattern = select(tokens, tokens, num_predicate_0_0)\n"
        + "    num_attn_0_0_outputs = aggregate_sum(num_attn_0_0_pattern, ones)\n"));
  }

  @Test
  void queriesMappingToTheSameKeyShareOneBranchAndNeverMatchingQueriesFallThrough() {
    int[] predicate = {-1, -1, 3, 3, 2, 3, 7, 7};
    Program program = new Program(new ProgramConfig("t", 1, 1, 0, 0, 0, K, K, true, false), HIST_VOCABULARY, HIST_CLASSES,
        List.of(new CatHead(0, 0, "tokens", "tokens", "positions", predicate)), List.of(), List.of(), List.of(),
        new Classifier(List.of("tokens", "positions", "attn_0_0", "ones"), new double[3 * K + 1][HIST_CLASSES.size()]));
    String text = new PythonEmitter(program).programText(new EmitOptions("t", null, null, List.of()));
    assertTrue(text.contains("    def predicate_0_0(q_token, k_token):\n"
        + "        if q_token in {\"2\"}:\n"
        + "            return k_token == \"0\"\n"
        + "        elif q_token in {\"0\", \"1\", \"3\"}:\n"
        + "            return k_token == \"1\"\n"
        + "        elif q_token in {\"4\", \"5\"}:\n"
        + "            return k_token == \"5\"\n"
        + "        return False\n"
        + "    attn_0_0_pattern = select_closest(tokens, tokens, predicate_0_0, causal=True)\n"
        + "    attn_0_0_outputs = aggregate(attn_0_0_pattern, positions)\n"), text);
  }

  @Test
  void mlpBlocksListGroupedInputTuplesWithTheMostCommonOutputLast() {
    String text = histText();
    assertTrue(text.contains("    # mlp_0_0: inputs tokens, attn_0_0_outputs\n"
        + "    def mlp_0_0(token, attn_0_0_output):\n"
        + "        key = (token, attn_0_0_output)\n"
        + "        if key in {\n"
        + "            (\"<pad>\", \"<pad>\"), (\"<s>\", \"<s>\"), (\"0\", \"0\"),"), text);
    assertTrue(text.contains("            (\"5\", \"5\")\n        }:\n            return 1\n        return 0\n"
        + "    mlp_0_0_outputs = [mlp_0_0(a, b) for a, b in zip(tokens, attn_0_0_outputs)]\n"));
    assertTrue(text.contains("    def num_mlp_0_0(num_attn_0_0_output, one):\n"
        + "        key = (num_attn_0_0_output, one)\n"
        + "        if key in {(0, 1)}:\n            return 0\n"
        + "        elif key in {(1, 1)}:\n            return 1\n"
        + "        elif key in {(2, 1)}:\n            return 2\n"
        + "        return 3\n"
        + "    num_mlp_0_0_outputs = [num_mlp_0_0(a, b) for a, b in zip(num_attn_0_0_outputs, ones)]\n"));
  }

  @Test
  void anMlpReadingOneVariableTwiceListsOnlyEqualPairs() {
    int[][] table = new int[K][K];
    for (int a = 0; a < K; a++) {
      for (int b = 0; b < K; b++) {
        table[a][b] = a == b && a >= 6 ? 2 : 0;
      }
    }
    Program program = new Program(new ProgramConfig("t", 1, 0, 0, 1, 0, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES,
        List.of(), List.of(), List.of(new CatMlp(0, 0, "tokens", "tokens", table)), List.of(),
        new Classifier(List.of("tokens", "positions", "mlp_0_0", "ones"), new double[3 * K + 1][HIST_CLASSES.size()]));
    String text = new PythonEmitter(program).programText(new EmitOptions("t", null, null, List.of()));
    assertTrue(text.contains("    def mlp_0_0(token_a, token_b):\n"
        + "        key = (token_a, token_b)\n"
        + "        if key in {(\"4\", \"4\"), (\"5\", \"5\")}:\n"
        + "            return 2\n"
        + "        return 0\n"), text);
    assertEquals(2, program.reachableSlots("mlp_0_0").cardinality());
  }

  @Test
  void theClassifierCallNamesEveryFeatureAndBoundariesAnswerThemselves() {
    String text = histText();
    assertTrue(text.contains("    predictions = classify(WEIGHTS, [\n"
        + "        (\"tokens\", tokens), (\"positions\", positions), (\"attn_0_0_outputs\", attn_0_0_outputs),\n"
        + "        (\"mlp_0_0_outputs\", mlp_0_0_outputs), (\"num_mlp_0_0_outputs\", num_mlp_0_0_outputs), (\"ones\", ones),\n"
        + "        (\"num_attn_0_0_outputs\", num_attn_0_0_outputs)\n"
        + "    ])\n"), text);
    assertTrue(text.contains(
        "    return [token if token in {\"<s>\"} else prediction for token, prediction in zip(tokens, predictions)]\n"));
  }

  @Test
  void thePooledProgramReturnsItsClassAtPositionZeroAndPadElsewhere() {
    Program program = HandBuiltPrograms.random(
        new Random(2), new ProgramConfig("t", 1, 1, 0, 0, 0, K, K, false, true), HIST_VOCABULARY, HIST_CLASSES, false);
    String text = new PythonEmitter(program).programText(new EmitOptions("p", null, null,
        List.of(new ProgramExample(List.of("<s>", "1"), List.of("3", "<pad>")))));
    assertTrue(text.contains("    return classify(WEIGHTS, [\n"
        + "        (\"tokens\", tokens), (\"positions\", positions), (\"attn_0_0_outputs\", attn_0_0_outputs), (\"ones\", ones)\n"
        + "    ], pooled=True)\n"), text);
    assertTrue(text.contains("        ([\"<s>\", \"1\"], [\"3\", \"<pad>\"]),\n"));
    assertTrue(text.contains("        print(\"program:  \" + \" \".join(run(example)))\n"));
    assertTrue(text.contains("return [CLASSES[total.index(max(total))]] + [\"<pad>\"] * (length - 1)\n"));
  }

  @Test
  void theMainBlockPrintsExamplesWithExpectedLabels() {
    assertTrue(histText().contains("if __name__ == \"__main__\":\n    EXAMPLES = [\n"
        + "        ([\"<s>\", \"3\", \"3\", \"5\"], [\"<pad>\", \"2\", \"2\", \"1\"]),\n    ]\n"
        + "    for example, expected in EXAMPLES:\n"));
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PythonEmitter(program)
        .programText(new EmitOptions("h", null, null, List.of(new ProgramExample(List.of("<s>", "1"), List.of("1"))))));
    assertEquals("The example [<s>, 1] has 1 expected labels; the program gives 2.", e.getMessage());
  }

  @Test
  void theTextAvoidsConstructsOneOfThePythonsLacks() {
    Program program = HandBuiltPrograms.random(
        new Random(9), new ProgramConfig("t", 2, 2, 2, 2, 2, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES, false);
    String text = new PythonEmitter(program).programText(new EmitOptions("r", null, null, List.of()));
    for (String banned : List.of("f\"", "round(", "nonlocal", ": str", ") ->", "numpy", "pandas", "\t")) {
      assertFalse(text.contains(banned), banned);
    }
  }

  @Test
  void theWeightsFileHasOneRowPerReachableValueInModelOrder() throws IOException {
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    new PythonEmitter(program).emit(folder, HIST_OPTIONS);
    List<String> rows = Files.readAllLines(folder.resolve("hist_weights.csv"));
    assertEquals("feature,value,1,2,3,4,5,6,7", rows.get(0));
    List<String> keys = rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(',', r.indexOf(',') + 1))).toList();
    assertEquals(8 + 8 + 8 + 2 + 4 + 2, keys.size());
    assertEquals(List.of("tokens,<pad>", "tokens,<s>", "tokens,0"), keys.subList(0, 3));
    assertEquals(List.of("mlp_0_0_outputs,0", "mlp_0_0_outputs,1", "num_mlp_0_0_outputs,0"), keys.subList(24, 27));
    assertEquals("ones,_,-1.0,-4.0,-9.0,-16.0,-25.0,-36.0,-49.0", rows.get(rows.size() - 2));
    assertEquals("num_attn_0_0_outputs,_,2.0,4.0,6.0,8.0,10.0,12.0,14.0", rows.get(rows.size() - 1));
  }

  @Test
  void weightsRoundTripExactly() throws IOException {
    Program program = HandBuiltPrograms.hist(false, new Random(11));
    new PythonEmitter(program).emit(folder, new EmitOptions("w", null, null, List.of()));
    List<String> rows = Files.readAllLines(folder.resolve("w_weights.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split(",");
      String variable = fields[0].equals("ones") ? "ones" : fields[0].replace("_outputs", "");
      int r = program.featureRow(variable)
          + (program.isNumerical(variable) ? 0 : slotOf(program, variable, fields[1]));
      for (int c = 0; c < HIST_CLASSES.size(); c++) {
        assertEquals(program.classifier().weight(r, c), Double.parseDouble(fields[c + 2]), row);
      }
    }
  }

  private static int slotOf(Program program, String variable, String text) {
    Domain domain = program.domain(variable);
    for (int slot = 0; slot < domain.size(); slot++) {
      if (domain.text(slot).equals(text)) {
        return slot;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void valuesWithCommasAndQuotesAreQuotedInCsvAndEscapedInPython() {
    Program program = new Program(new ProgramConfig("t", 0, 0, 0, 0, 0, 4, 4, false, false), List.of("a,b", "say \"x\""),
        List.of("c,d", "e"), List.of(), List.of(), List.of(), List.of(),
        new Classifier(List.of("tokens", "positions", "ones"), new double[2 * 4 + 1][2]));
    PythonEmitter emitter = new PythonEmitter(program);
    assertTrue(emitter.weightsCsv().startsWith("feature,value,\"c,d\",e\ntokens,\"a,b\",0.0,0.0\ntokens,\"say \"\"x\"\"\",0.0,0.0\n"));
    assertTrue(emitter.programText(new EmitOptions("t", null, null, List.of())).contains("CLASSES = [\"c,d\", \"e\"]"));
    assertEquals("\"say \\\"x\\\"\"", program.domain("tokens").literal(1));
  }

  @Test
  void emittingIsDeterministicAndLeavesExactlyTwoFiles() throws IOException {
    Program program = HandBuiltPrograms.random(
        new Random(5), new ProgramConfig("t", 2, 2, 1, 1, 1, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES, false);
    PythonEmitter.EmittedFiles first = new PythonEmitter(program).emit(folder, new EmitOptions("r", 0.5, 0.25, List.of()));
    String text = Files.readString(first.program(), StandardCharsets.UTF_8);
    String weights = Files.readString(first.weights(), StandardCharsets.UTF_8);
    new PythonEmitter(program).emit(folder, new EmitOptions("r", 0.5, 0.25, List.of()));
    assertEquals(text, Files.readString(first.program(), StandardCharsets.UTF_8));
    assertEquals(weights, Files.readString(first.weights(), StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("r.py", "r_weights.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aNameMustBeAPythonIdentifier() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new EmitOptions("my-program", null, null, List.of()));
    assertEquals(
        "The program name my-program is not a Python identifier (letters, digits and '_', not starting with a digit).",
        e.getMessage());
    IllegalArgumentException percent =
        assertThrows(IllegalArgumentException.class, () -> new EmitOptions("p", 99.5, null, List.of()));
    assertEquals("The test accuracy 99.5 is not a fraction between 0 and 1.", percent.getMessage());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
