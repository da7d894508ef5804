package io.tprog.learner.data;

/** A dataset specification (size, seed, vocabulary size, maximum length) that a task cannot generate from. */
public class DatasetSpecException extends IllegalArgumentException {
  public DatasetSpecException(String sentence) {
    super(sentence);
  }
}
