package io.tprog.format;

/** A CSV file of the program contract built line by line: the text so far, every line ended by {@code \n}. */
abstract class CsvText {
  /** The lines so far; the header is the first. */
  protected final StringBuilder text;

  CsvText(String firstHeaderField) {
    this.text = new StringBuilder(firstHeaderField);
  }

  /** The file's text so far, every line ended by {@code \n}. */
  public String text() {
    return text.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
