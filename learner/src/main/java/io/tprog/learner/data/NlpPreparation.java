package io.tprog.learner.data;

import static io.tprog.learner.data.SpecialTokens.PAD;
import static io.tprog.learner.data.SpecialTokens.UNK;

import io.tprog.learner.program.WordEmbeddings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the paper prepares the words of a real NLP task (its {@code data_utils.py}, as {@code ../shared/data/README.md}
 * describes it): each run of digits becomes one {@code @} when {@code replaceDigits} is set (CoNLL), a sentence of
 * {@code w} words is kept when {@code minLength <= w < maxLength - 1} (so it fits with {@code <s>} and {@code </s>}),
 * and the vocabulary is {@code <pad>}, {@code <unk>}, then the {@code vocabularySize} most frequent words of the
 * training split, {@code <s>} and {@code </s>} counted among them (the most frequent first, ties in order of first
 * occurrence); every other word becomes {@code <unk>}. Words are not lower-cased.
 */
public record NlpPreparation(boolean replaceDigits, int minLength, int maxLength, int vocabularySize) {

  /** The paper's vocabulary size for every NLP task. */
  public static final int PAPER_VOCABULARY = 10_000;

  public NlpPreparation {
    if (minLength < 1 || maxLength < minLength + 3) {
      throw new IllegalArgumentException(
          "A sentence needs at least 1 word and the maximum length room for it with <s> and </s>, but the lengths are "
              + minLength + " and " + maxLength + ".");
    }
    if (vocabularySize < 1) {
      throw new IllegalArgumentException("The vocabulary needs at least 1 word, not " + vocabularySize + ".");
    }
  }

  /** The word as the model sees it before the vocabulary: digit runs replaced when the task says so. */
  public String normalise(String word) {
    return replaceDigits ? WordEmbeddings.replaceDigitRuns(word) : word;
  }

  /** Whether a framed sentence ({@code <s> words </s>}) has a length the task keeps. */
  public boolean keeps(Example sentence) {
    int words = sentence.length() - 2;
    return words >= minLength && words < maxLength - 1;
  }

  /** {@code <pad>}, {@code <unk>}, then the most frequent normalised tokens of {@code train}. */
  public List<String> vocabulary(List<Example> train) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Example e : train) {
      for (String token : e.tokens()) {
        counts.merge(normalise(token), 1, Integer::sum);
      }
    }
    counts.remove(PAD);
    counts.remove(UNK);
    List<String> order = new ArrayList<>(counts.keySet());
    // A stable sort keeps first-occurrence order among equal counts.
    order.sort(Comparator.comparing(counts::get, Comparator.reverseOrder()));
    List<String> vocabulary = new ArrayList<>(List.of(PAD, UNK));
    vocabulary.addAll(order.subList(0, Math.min(vocabularySize, order.size())));
    return List.copyOf(vocabulary);
  }

  /** The tokens the model reads: each normalised, and {@code <unk>} when not in {@code vocabulary}. */
  public List<String> prepare(List<String> tokens, Set<String> vocabulary) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      String word = normalise(token);
      out.add(vocabulary.contains(word) ? word : UNK);
    }
    return out;
  }
}
