package io.tprog.analyzer.data;

/** A dataset file that cannot be read; the message is one sentence naming the file and line. */
public final class DatasetException extends RuntimeException {
  public DatasetException(String sentence) {
    super(sentence);
  }
}
