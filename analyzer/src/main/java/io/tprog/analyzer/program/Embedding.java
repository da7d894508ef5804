package io.tprog.analyzer.program;

/** An input variable of {@code run}: the tokens, the positions, the constant {@code ones}, or a word embedding. */
public record Embedding(String name, Kind kind, int line) {

  /** What an embedding holds. */
  public enum Kind {
    TOKENS,
    POSITIONS,
    ONES,
    WORD
  }

  public boolean numerical() {
    return kind == Kind.ONES;
  }
}
