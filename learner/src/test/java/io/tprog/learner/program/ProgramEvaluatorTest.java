package io.tprog.learner.program;

import static io.tprog.learner.program.HandBuiltPrograms.HIST_CLASSES;
import static io.tprog.learner.program.HandBuiltPrograms.HIST_VOCABULARY;
import static io.tprog.learner.program.HandBuiltPrograms.K;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProgramEvaluatorTest {
  private static final List<String> INPUT = List.of("<s>", "3", "3", "5", "3");

  @Test
  void everyVariableOfTheHistProgram() {
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    Evaluation evaluation = new ProgramEvaluator(program).evaluate(INPUT);
    assertEquals(List.of("<s>", "<s>", "3", "3", "5"), evaluation.texts(program, "attn_0_0"));
    assertArrayEquals(new int[] {0, 0, 1, 2, 3}, evaluation.selected().get("attn_0_0"));
    assertArrayEquals(new int[] {1, 3, 3, 1, 3}, evaluation.numerical().get("num_attn_0_0"));
    assertEquals(List.of("1", "0", "1", "0", "0"), evaluation.texts(program, "mlp_0_0"));
    assertEquals(List.of("1", "3", "3", "1", "3"), evaluation.texts(program, "num_mlp_0_0"));
    assertEquals(List.of("0", "1", "2", "3", "4"), evaluation.texts(program, "positions"));
    assertEquals(List.of("<s>", "3", "3", "1", "3"), evaluation.predictions());
  }

  @Test
  void theHandBuiltHistProgramSolvesGeneratedHistData() {
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    Dataset dataset = Datasets.generate(Task.HIST, Task.HIST.defaults().withSize(3000).withSeed(7));
    assertEquals(HIST_VOCABULARY, dataset.vocabulary());
    ProgramEvaluator evaluator = new ProgramEvaluator(program);
    int scored = 0;
    int correct = 0;
    for (Example example : dataset.examples()) {
      List<String> predictions = evaluator.predict(example.tokens());
      for (int i = 0; i < example.length(); i++) {
        if (!example.labels().get(i).equals("<pad>")) {
          scored++;
          correct += predictions.get(i).equals(example.labels().get(i)) ? 1 : 0;
        }
      }
    }
    assertTrue(scored > 10_000, "scored " + scored);
    assertEquals(scored, correct);
  }

  @Test
  void aCausalCountSeesOnlyThePrefix() {
    int[] identity = {0, 1, 2, 3, 4, 5, 6, 7};
    Program program = new Program(
        new ProgramConfig("t", 1, 0, 1, 0, 0, K, K, true, false), HIST_VOCABULARY, HIST_CLASSES, List.of(),
        List.of(new NumHead(0, 0, "tokens", "tokens", "ones", identity)), List.of(), List.of(),
        new Classifier(List.of("tokens", "positions", "ones", "num_attn_0_0"), new double[2 * K + 2][HIST_CLASSES.size()]));
    Evaluation evaluation = new ProgramEvaluator(program).evaluate(INPUT);
    assertArrayEquals(new int[] {1, 1, 2, 1, 3}, evaluation.numerical().get("num_attn_0_0"));
  }

  /** No modules: the token alone decides; "0" votes for class A, "1" for class B. */
  private static Program voting(boolean pooled) {
    List<String> vocabulary = List.of("0", "1");
    double[][] weights = new double[2 * 4 + 1][2];
    weights[0][0] = 1.0;
    weights[1][1] = 1.0;
    return new Program(new ProgramConfig("t", 0, 0, 0, 0, 0, 4, 4, false, pooled), vocabulary, List.of("A", "B"),
        List.of(), List.of(), List.of(), List.of(), new Classifier(List.of("tokens", "positions", "ones"), weights));
  }

  @Test
  void aPooledProgramVotesOverPositionsAndTheFirstMaximumWins() {
    ProgramEvaluator pooled = new ProgramEvaluator(voting(true));
    assertEquals(List.of("B", "<pad>", "<pad>"), pooled.predict(List.of("0", "1", "1")));
    assertEquals(List.of("A", "<pad>", "<pad>"), pooled.predict(List.of("0", "0", "1")));
    assertEquals(List.of("A", "<pad>"), pooled.predict(List.of("1", "0")));
    assertEquals(List.of("B"), pooled.predict(List.of("1")));
    assertEquals(List.of("A", "B", "B"), new ProgramEvaluator(voting(false)).predict(List.of("0", "1", "1")));
  }

  @Test
  void inputsOutsideTheProgramAreRefusedWithTheReason() {
    ProgramEvaluator evaluator = new ProgramEvaluator(HandBuiltPrograms.hist(true, new Random(0)));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> evaluator.predict(List.of("<s>", "9")));
    assertEquals(
        "Token 9 at position 1 is not in the program's vocabulary [<pad>, <s>, 0, 1, 2, 3, 4, 5].", unknown.getMessage());
    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> evaluator.predict(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0")));
    assertEquals("An input of 9 tokens is outside the program's lengths 1..8.", tooLong.getMessage());
  }

  @Test
  void slotsAndTokensGiveTheSamePredictions() {
    Program program = HandBuiltPrograms.hist(false, new Random(4));
    ProgramEvaluator evaluator = new ProgramEvaluator(program);
    for (List<String> tokens : HandBuiltPrograms.randomInputs(new Random(5), program, 200)) {
      int[] slots = tokens.stream().mapToInt(program::tokenSlot).toArray();
      assertEquals(evaluator.predict(tokens), evaluator.predictSlots(slots));
      assertEquals(evaluator.predict(tokens), evaluator.evaluate(tokens).predictions());
    }
  }
}
