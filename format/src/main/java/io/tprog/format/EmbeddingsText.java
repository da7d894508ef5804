package io.tprog.format;

/**
 * The text of an NLP program's embeddings table ({@code <task>_embeddings.csv}, docs/program-format-nlp.md), written in
 * one place for the learner's emitter and the analyzer's converter: a header {@code word,emb_0,...,emb_<m-1>}, then one
 * row per vocabulary word with its {@code m} embedding values. The word is written as {@link ProgramHelpers#wordKey}
 * makes it and quoted with {@link ProgramHelpers#csvField}, so the program's own lookup finds it.
 */
public final class EmbeddingsText extends CsvText {
  private final int variables;

  /** A table of {@code variables} embedding variables and no rows yet. */
  public EmbeddingsText(int variables) {
    super("word");
    if (variables < 1) {
      throw new IllegalArgumentException("an embeddings table has at least one variable, not " + variables);
    }
    this.variables = variables;
    for (int v = 0; v < variables; v++) {
      text.append(",emb_").append(v);
    }
    text.append('\n');
  }

  /**
   * Adds {@code word}'s row.
   *
   * @throws IllegalArgumentException when the number of values is not the number of variables
   */
  public EmbeddingsText row(String word, int... values) {
    if (values.length != variables) {
      throw new IllegalArgumentException(
          "the word " + word + " has " + values.length + " values for " + variables + " variables");
    }
    text.append(ProgramHelpers.csvField(ProgramHelpers.wordKey(word)));
    for (int value : values) {
      text.append(',').append(value);
    }
    text.append('\n');
    return this;
  }
}
