package io.tprog.analyzer.ablation;

/** A program that cannot be rewritten (it does not parse, or lacks the statement to change); one sentence. */
public final class RewriteException extends RuntimeException {
  public RewriteException(String sentence) {
    super(sentence);
  }
}
