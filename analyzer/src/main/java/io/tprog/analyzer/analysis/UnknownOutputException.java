package io.tprog.analyzer.analysis;

/** An output name that is neither a node, a variable, a class label nor {@code classifier}. */
public class UnknownOutputException extends RuntimeException {
  public UnknownOutputException(String sentence) {
    super(sentence);
  }
}
