package io.tprog.analyzer.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.TestFixtures;
import io.tprog.analyzer.trace.ClassifierBreakdown;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The word_embeddings fixture on {@code <s> ann met </s>}, its values worked out by hand: var0 1 2 0 1, var1 1 0 1 1;
 * attn_0_0 (query var0 2 matches key var1 1) selects 0 at every position (ann's nearest match is {@code <s>}), so it
 * copies var0 1 everywhere; mlp_0_0 gives 0 everywhere.
 */
class SentenceScoresTest {
  private static final ProgramModel MODEL = TestFixtures.read("word_embeddings").model();
  private static final List<String> TOKENS = List.of("<s>", "ann", "met", "</s>");

  private static Trace trace(List<String> expected) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    values.put("var0_embeddings", List.of(1, 2, 0, 1));
    values.put("var1_embeddings", List.of(1, 0, 1, 1));
    values.put("attn_0_0_outputs", List.of(1, 1, 1, 1));
    values.put("mlp_0_0_outputs", List.of(0, 0, 0, 0));
    values.put("ones", List.of(1, 1, 1, 1));
    List<String> predictions = List.of("<s>", "B-PER", "O", "</s>");
    ClassifierBreakdown breakdown = new ClassifierBreakdown(MODEL.features(), MODEL.weightsFile().orElseThrow());
    List<WrongPosition> wrong = expected.isEmpty() || expected.get(2).equals("O")
        ? List.of()
        : List.of(new WrongPosition(2, "O", expected.get(2), breakdown.explain(values, 2, "O", expected.get(2))));
    return new Trace(TOKENS, expected, predictions, List.copyOf(values.keySet()), values,
        List.of(new HeadSelection("attn_0_0", false, List.of(0, 0, 0, 0), List.of())), wrong);
  }

  @Test
  void eachTokensContributionIsItsRowSumPerClassAndTheTotalsArePooledScores() {
    TokenContributions c = new SentenceScores(MODEL).contributions(trace(List.of()));
    assertEquals(List.of("B-PER", "O"), c.classes());
    // per position: var0 row + attn 1 row (0, 0) + mlp 0 row (0, 0) + ones (0, 0.25)
    assertEquals(List.of(List.of(0.0, 0.75), List.of(1.0, -0.25), List.of(-1.0, 1.25), List.of(0.0, 0.75)), c.perToken());
    assertEquals(List.of(0.0, 2.5), c.totals());
    assertEquals("O", c.predicted());
  }

  @Test
  void aWrongTagListsWhatPushedItWithWhereEachValueCameFromInTheSentence() {
    List<WrongTag> wrong = new SentenceScores(MODEL).wrongTags(trace(List.of("<pad>", "B-PER", "B-PER", "<pad>")));
    assertEquals(1, wrong.size());
    WrongTag met = wrong.get(0);
    assertEquals(2, met.position());
    assertEquals("met", met.word());
    // O over B-PER: var0 0 pushes 1 - (-1) = 2, ones 0.25; attn 1 and mlp 0 push nothing and are left out
    assertEquals(List.of(
            new WrongTag.Push("var0_embeddings", "0", 2.0, "the word \"met\" here"),
            new WrongTag.Push("ones", "1", 0.25, "the constant 1")),
        met.pushes());
  }

  @Test
  void headsAndMlpsSayWhichPositionAndWhichInputsGaveTheirValue() {
    SentenceScores scores = new SentenceScores(MODEL);
    Trace t = trace(List.of());
    assertEquals("attn_0_0 copied var0_embeddings = 1 from position 0 (the word \"<s>\")", scores.source(t, "attn_0_0_outputs", 1));
    assertEquals("mlp_0_0 of var1_embeddings = 0, attn_0_0_outputs = 1", scores.source(t, "mlp_0_0_outputs", 1));
  }

  @Test
  void pooledProgramsAreKnownByTheirClassifierCall() {
    assertEquals(true, SentenceScores.pooled("    return classify(WEIGHTS, [\n        (\"ones\", ones)\n    ], pooled=True)\n"));
    assertEquals(false, SentenceScores.pooled("    predictions = classify(WEIGHTS, [(\"ones\", ones)])\n"));
  }
}
