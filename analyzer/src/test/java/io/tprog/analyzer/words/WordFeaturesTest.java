package io.tprog.analyzer.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.TestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word_embeddings fixture: var0_embeddings is 0 for {@code <pad> <unk> met "and,"}, 1 for {@code <s> </s>}, 2 for
 * {@code ann bob}; attn_0_0 copies var0_embeddings; mlp_0_0 reads var1_embeddings and attn_0_0_outputs, and its row
 * for 2 is unreachable.
 */
class WordFeaturesTest {
  private static final ProgramModel MODEL = TestFixtures.read("word_embeddings").model();
  private static final WordFeatures WORDS = WordFeatures.of(MODEL).orElseThrow();

  private static List<String> labels(List<FeatureWeight> features) {
    return features.stream().map(FeatureWeight::label).toList();
  }

  @Test
  void aContrastRanksFeatureRowsByTheDifferenceOfTheTwoWeightsAndLeavesOutRowsThatCannotFire() {
    Contrast c = WORDS.contrast("B-PER", "O", 10);
    // B-PER - O: var0 2 -> 1.5, mlp 1 -> 0.5, attn 2 -> 0.25; var0 0 -> -2, var0 1 -> -0.5, attn 0 -> -0.25.
    // mlp_0_0_outputs = 2 (-2.0) is the unreachable row: left out; ones is numerical: left out.
    assertEquals(List.of("var0_embeddings = 2", "mlp_0_0_outputs = 1", "attn_0_0_outputs = 2"), labels(c.towardA()));
    assertEquals(List.of("var0_embeddings = 0", "var0_embeddings = 1", "attn_0_0_outputs = 0"), labels(c.towardB()));
    assertEquals(1.5, c.towardA().get(0).score(), 1e-12);
    assertEquals(-2.0, c.towardB().get(0).score(), 1e-12);
    assertEquals(List.of(1.0, -0.5), c.towardA().get(0).weights());
    assertEquals(1, WORDS.contrast("B-PER", "O", 1).towardA().size());
  }

  @Test
  void wordFeaturesNameExactlyTheWordsWithTheValue() {
    FeatureOrigin two = WORDS.origin("var0_embeddings", "2");
    assertEquals(FeatureOrigin.Kind.WORD, two.kind());
    assertEquals(List.of("ann", "bob"), two.words());
    FeatureOrigin zero = WORDS.origin("var0_embeddings", "0");
    assertEquals(List.of("<pad>", "<unk>", "met", "and,"), zero.words());
    assertEquals(4, zero.wordCount());
  }

  @Test
  void aHeadOutputIsTracedToTheWordsItCanHaveCopiedAndAnMlpOverAHeadIsNotFollowed() {
    FeatureOrigin copied = WORDS.origin("attn_0_0_outputs", "1");
    assertEquals(FeatureOrigin.Kind.ATTENDED_WORD, copied.kind());
    assertEquals(List.of("<s>", "</s>"), copied.words());
    assertTrue(copied.how().startsWith("attn_0_0 copies var0_embeddings from the key position it selects"), copied.how());

    FeatureOrigin mlp = WORDS.origin("mlp_0_0_outputs", "1");
    assertEquals(FeatureOrigin.Kind.NOT_FOLLOWED, mlp.kind());
    assertEquals(List.of(), mlp.words());
    assertEquals("mlp_0_0 gives 1 for (var1_embeddings, attn_0_0_outputs) in (1, 2), (0, 2); attn_0_0_outputs is not a function"
        + " of one word, so it is not followed further", mlp.how());
    assertTrue(WORDS.origin("mlp_0_0_outputs", "0").how().startsWith("mlp_0_0 gives 0 by default"));
  }

  @Test
  void topFeaturesOfAClassAreItsHighestWeights() {
    assertEquals(List.of("var0_embeddings = 0", "var0_embeddings = 1", "attn_0_0_outputs = 0"), labels(WORDS.top("O", 3)));
    assertEquals(List.of("var0_embeddings = 2", "mlp_0_0_outputs = 1", "attn_0_0_outputs = 2"), labels(WORDS.top("B-PER", 3)));
  }

  @Test
  void anUnknownClassNamesTheProgramsClasses() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WORDS.contrast("B-LOC", "O", 5));
    assertEquals("'B-LOC' is not a class of this program; its classes are B-PER, O", e.getMessage());
  }

  @Test
  void aProgramWithoutWordVariablesHasNoWordAnalysis() {
    assertTrue(WordFeatures.of(TestFixtures.read("dead_code").model()).isEmpty());
  }
}
