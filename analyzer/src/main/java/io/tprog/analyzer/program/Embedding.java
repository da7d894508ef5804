package io.tprog.analyzer.program;

import java.util.List;

/**
 * An input variable of {@code run}: the tokens, the positions, the constant {@code ones}, or a word embedding.
 * {@code reads} are the variables of {@code run} a word embedding is computed from (the prepared words it looks up),
 * so that they are part of the dataflow; the other kinds read nothing of {@code run}'s.
 */
public record Embedding(String name, Kind kind, int line, List<String> reads) {
  public Embedding {
    reads = List.copyOf(reads);
  }

  /** An embedding that reads no variable of {@code run}. */
  public Embedding(String name, Kind kind, int line) {
    this(name, kind, line, List.of());
  }

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
