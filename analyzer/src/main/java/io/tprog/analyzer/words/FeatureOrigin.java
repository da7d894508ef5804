package io.tprog.analyzer.words;

import java.util.List;

/**
 * Where a classifier feature's value comes from, followed back to words as far as that is sound: {@code how} says in
 * one phrase what was followed, {@code words} are the table's words that produce the value (the first few, in table
 * order, which is the vocabulary's: most frequent first), {@code wordCount} how many words do in all (0 when the value
 * was not traced to words).
 */
public record FeatureOrigin(Kind kind, String how, List<String> words, int wordCount) {
  /** What could be followed. */
  public enum Kind {
    /** The value is a function of the word at the position: {@code words} are exactly the words that give it. */
    WORD,
    /** A head copied the value from the word at the key position it selected: {@code words} are the words that hold it. */
    ATTENDED_WORD,
    /** The value is a position, a constant or a count: no word produces it on its own. */
    NOT_A_WORD,
    /** The value depends on more than one position in a way the analysis does not follow. */
    NOT_FOLLOWED
  }

  public FeatureOrigin {
    words = List.copyOf(words);
  }
}
