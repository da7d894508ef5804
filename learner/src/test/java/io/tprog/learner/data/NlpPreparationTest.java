package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NlpPreparationTest {

  private static Example sentence(String... words) {
    return NlpTask.sentence(Dataset.TRAIN, "x", List.of(words));
  }

  @Test
  void eachRunOfDigitsBecomesOneAtSignOnlyWhenAsked() {
    NlpPreparation conll = new NlpPreparation(true, 1, 32, 10);
    assertEquals("@-@-@", conll.normalise("1996-08-22"));
    assertEquals("A@b@", conll.normalise("A12b3"));
    assertEquals("<s>", conll.normalise("<s>"));
    assertEquals("1996", new NlpPreparation(false, 1, 32, 10).normalise("1996"));
  }

  @Test
  void sentencesAreKeptFromMinWordsToTwoFewerThanTheMaximumLength() {
    NlpPreparation p = new NlpPreparation(false, 2, 6, 10);
    assertFalse(p.keeps(sentence("a")));
    assertTrue(p.keeps(sentence("a", "b")));
    assertTrue(p.keeps(sentence("a", "b", "c", "d")));
    // Five words and <s>, </s> make 7 tokens, more than the maximum length: the paper's filter (words < max_length - 1)
    // drops them.
    assertFalse(p.keeps(sentence("a", "b", "c", "d", "e")));
  }

  @Test
  void theVocabularyIsTheMostFrequentNormalisedTokensWithTiesInFirstOccurrenceOrder() {
    NlpPreparation p = new NlpPreparation(true, 1, 32, 4);
    List<Example> train = List.of(sentence("b", "a", "7"), sentence("a", "c", "42"), sentence("d", "b"));
    // <s>, </s> 3 times; "@" (7 and 42), a and b twice; b occurs before a.
    assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "b", "a"), p.vocabulary(train));
    assertEquals(
        List.of("<s>", "a", "@", "<unk>", "</s>"),
        new NlpPreparation(true, 1, 32, 6).prepare(List.of("<s>", "a", "12", "zzz", "</s>"), Set.copyOf(
            new NlpPreparation(true, 1, 32, 5).vocabulary(train))));
  }
}
