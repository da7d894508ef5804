package io.tprog.learner.program;

import static io.tprog.learner.program.HandBuiltPrograms.HIST_CLASSES;
import static io.tprog.learner.program.HandBuiltPrograms.HIST_VOCABULARY;
import static io.tprog.learner.program.HandBuiltPrograms.K;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProgramTest {
  private static final int[] IDENTITY = {0, 1, 2, 3, 4, 5, 6, 7};

  private static double[][] weights(int rows) {
    return new double[rows][HIST_CLASSES.size()];
  }

  private static Program oneHead(CatHead head, Classifier classifier) {
    return new Program(
        new ProgramConfig("t", 1, 1, 0, 0, 0, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES, List.of(head), List.of(),
        List.of(), List.of(), classifier);
  }

  private static Classifier oneHeadClassifier() {
    return new Classifier(List.of("tokens", "positions", "attn_0_0", "ones"), weights(3 * K + 1));
  }

  @Test
  void variablesAreInCanonicalOrderWithTheirDomains() {
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    assertEquals(List.of("tokens", "positions", "attn_0_0", "mlp_0_0", "num_mlp_0_0"), program.categoricalVariables());
    assertEquals(List.of("ones", "num_attn_0_0"), program.numericalVariables());
    assertEquals(Domain.strings(HIST_VOCABULARY), program.domain("attn_0_0"));
    assertEquals("<s>", program.domain("tokens").text(1));
    assertEquals("\"<s>\"", program.domain("tokens").literal(1));
    assertEquals("7", program.domain("positions").literal(7));
    assertEquals(new NumericRange(0, K), program.range("num_attn_0_0"));
    assertEquals(5 * K + 1, program.featureRow("num_attn_0_0"));
    assertTrue(program.marksBoundaries());
  }

  @Test
  void reachableSlotsFollowTheTables() {
    Program program = HandBuiltPrograms.hist(true, new Random(0));
    BitSet twoValues = new BitSet();
    twoValues.set(0, 2);
    assertEquals(twoValues, program.reachableSlots("mlp_0_0"));
    BitSet capped = new BitSet();
    capped.set(0, 4);
    assertEquals(capped, program.reachableSlots("num_mlp_0_0"));
    assertEquals(HIST_VOCABULARY.size(), program.reachableSlots("attn_0_0").cardinality());
  }

  @Test
  void numericalSumsOfSumsGrowByTheMaximumLength() {
    Program program = HandBuiltPrograms.random(
        new Random(3), new ProgramConfig("t", 2, 0, 1, 0, 0, K, 5, false, false), HIST_VOCABULARY, HIST_CLASSES, false);
    assertEquals(new NumericRange(0, 5), program.range("num_attn_0_0"));
    String value = program.numHeads().get(1).value();
    assertEquals(value.equals("ones") ? new NumericRange(0, 5) : new NumericRange(0, 25), program.range("num_attn_1_0"));
  }

  @Test
  void aHeadCannotReadItsOwnLayer() {
    CatHead head = new CatHead(0, 0, "attn_0_0", "tokens", "tokens", IDENTITY);
    InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> oneHead(head, oneHeadClassifier()));
    assertEquals(
        "attn_0_0 reads attn_0_0 as its query, which is not a categorical variable defined before it; it may read"
            + " [positions, tokens].",
        e.getMessage());
  }

  @Test
  void aNumericalValueMustBeNumerical() {
    NumHead head = new NumHead(0, 0, "tokens", "tokens", "positions", IDENTITY);
    InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> new Program(
        new ProgramConfig("t", 1, 0, 1, 0, 0, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES, List.of(), List.of(head),
        List.of(), List.of(), new Classifier(List.of("tokens", "positions", "ones", "num_attn_0_0"), weights(2 * K + 2))));
    assertTrue(e.getMessage().startsWith("num_attn_0_0 reads positions as its value, which is not a numerical"), e.getMessage());
  }

  @Test
  void predicatesMustCoverEveryQuerySlotWithAKeySlot() {
    InvalidProgramException shortRow = assertThrows(InvalidProgramException.class,
        () -> oneHead(new CatHead(0, 0, "tokens", "tokens", "tokens", new int[] {0, 1}), oneHeadClassifier()));
    assertEquals("attn_0_0 has a predicate over 2 query values, not the variable size 8.", shortRow.getMessage());
    int[] outside = IDENTITY.clone();
    outside[3] = 8;
    InvalidProgramException badSlot = assertThrows(InvalidProgramException.class,
        () -> oneHead(new CatHead(0, 0, "tokens", "tokens", "tokens", outside), oneHeadClassifier()));
    assertEquals("attn_0_0 maps query slot 3 to key slot 8, outside -1..7.", badSlot.getMessage());
  }

  @Test
  void moduleCountsMustMatchTheConfiguration() {
    InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> new Program(
        new ProgramConfig("t", 1, 1, 0, 0, 0, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES, List.of(), List.of(),
        List.of(), List.of(), oneHeadClassifier()));
    assertEquals(
        "The program has 0 categorical heads, but its configuration asks for 1 (1 in each of 1 layers).", e.getMessage());
    InvalidProgramException misplaced = assertThrows(InvalidProgramException.class,
        () -> oneHead(new CatHead(0, 1, "tokens", "tokens", "tokens", IDENTITY), oneHeadClassifier()));
    assertEquals("The categorical head attn_0_1 is unexpected: expected attn_0_0 in its place.", misplaced.getMessage());
  }

  @Test
  void aNumericalMlpMustCoverEveryReachableInput() {
    int[][] table = new int[K][1];
    InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> new Program(
        new ProgramConfig("t", 1, 0, 1, 0, 1, K, K, false, false), HIST_VOCABULARY, HIST_CLASSES, List.of(),
        List.of(new NumHead(0, 0, "tokens", "tokens", "ones", IDENTITY)), List.of(),
        List.of(new NumMlp(0, 0, "num_attn_0_0", "ones", 0, K - 1, 1, 1, table)),
        new Classifier(List.of("tokens", "positions", "num_mlp_0_0", "ones", "num_attn_0_0"), weights(3 * K + 2))));
    assertEquals("num_mlp_0_0 covers inputs 0..7 x 1..1, but its inputs can take 0..8 x 1..1.", e.getMessage());
  }

  @Test
  void theClassifierMustReadEveryVariableInCanonicalOrderWithOneColumnPerClass() {
    CatHead head = new CatHead(0, 0, "tokens", "tokens", "tokens", IDENTITY);
    InvalidProgramException order = assertThrows(InvalidProgramException.class, () -> oneHead(head,
        new Classifier(List.of("positions", "tokens", "attn_0_0", "ones"), weights(3 * K + 1))));
    assertTrue(order.getMessage().startsWith("The classifier reads features [positions, tokens, attn_0_0, ones]"));
    InvalidProgramException rows = assertThrows(InvalidProgramException.class, () -> oneHead(head,
        new Classifier(List.of("tokens", "positions", "attn_0_0", "ones"), weights(3 * K))));
    assertEquals(
        "The classifier has 24 weight rows; its features need 25 (8 per categorical feature, 1 per numerical one).",
        rows.getMessage());
    double[][] nan = weights(3 * K + 1);
    nan[4][2] = Double.NaN;
    InvalidProgramException notFinite = assertThrows(InvalidProgramException.class, () -> oneHead(head,
        new Classifier(List.of("tokens", "positions", "attn_0_0", "ones"), nan)));
    assertEquals("Classifier weight row 4 holds NaN, not a finite number.", notFinite.getMessage());
  }

  @Test
  void aTaskNameMustBeOneLineOfAscii() {
    InvalidProgramException e = assertThrows(InvalidProgramException.class,
        () -> new ProgramConfig("two\nlines", 1, 1, 0, 0, 0, K, K, false, false));
    assertEquals(
        "The program's task name two\nlines must be one line of printable ASCII, as it heads the emitted program.",
        e.getMessage());
  }

  @Test
  void componentsAreCopiedSoCallersCannotChangeAProgram() {
    int[] predicate = IDENTITY.clone();
    CatHead head = new CatHead(0, 0, "tokens", "tokens", "tokens", predicate);
    predicate[0] = 5;
    head.predicate()[1] = 5;
    assertEquals(0, head.keyFor(0));
    assertEquals(1, head.keyFor(1));
  }

  @Test
  void pooledProgramsDoNotMarkBoundaries() {
    Program program = HandBuiltPrograms.random(
        new Random(1), new ProgramConfig("t", 1, 1, 1, 1, 1, K, K, false, true), HIST_VOCABULARY, HIST_CLASSES, false);
    assertFalse(program.marksBoundaries());
  }
}
