package io.tprog.learner.program;

import java.util.regex.Pattern;

/**
 * The factored word embeddings of an NLP program: for each vocabulary word (in vocabulary order) its value of each
 * embedding variable {@code var0_embeddings} ..., and whether the program replaces each run of digits in a word by
 * {@code @} before looking it up (CoNLL). A word not in the vocabulary is looked up as {@code <unk>}.
 *
 * @param values {@code values[word][variable]}, each in {@code 0..k-1}
 */
public record WordEmbeddings(boolean replaceDigits, int[][] values) {

  /** What an unknown word is looked up as. */
  public static final String UNKNOWN = "<unk>";

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  public WordEmbeddings {
    if (values.length == 0 || values[0].length == 0) {
      throw new InvalidProgramException("Word embeddings need at least one word and one variable.");
    }
    for (int[] row : values) {
      if (row.length != values[0].length) {
        throw new InvalidProgramException("Every word needs a value of each of the " + values[0].length
            + " embedding variables.");
      }
    }
  }

  /** Number of embedding variables. */
  public int variables() {
    return values[0].length;
  }

  /** The word as looked up: each run of digits 0-9 replaced by one {@code @} when the program says so. */
  public String normalise(String word) {
    return replaceDigits ? replaceDigitRuns(word) : word;
  }

  /** Each run of the digits 0-9 in {@code word} replaced by one {@code @}, as the paper prepares CoNLL. */
  public static String replaceDigitRuns(String word) {
    return DIGITS.matcher(word).replaceAll("@");
  }
}
