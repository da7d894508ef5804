package io.tprog.analyzer.program;

import java.util.List;

/**
 * An input variable of {@code run}: the tokens, the positions, the constant {@code ones}, or a word embedding.
 * {@code reads} are the variables of {@code run} a word embedding is computed from (the prepared words it looks up),
 * so that they are part of the dataflow; the other kinds read nothing of {@code run}'s. {@code memberFormat} is set
 * when a word embedding's values are enum members made from the table's integers (the paper's reference format,
 * {@code Emb0[f"V{i:02}"]}): a {@link String#format} pattern such as {@code Emb0.V%02d}; null when the values are the
 * integers themselves.
 */
public record Embedding(String name, Kind kind, int line, List<String> reads, String memberFormat) {
  public Embedding {
    reads = List.copyOf(reads);
  }

  /** An embedding that reads no variable of {@code run}. */
  public Embedding(String name, Kind kind, int line) {
    this(name, kind, line, List.of(), null);
  }

  /** The value of this embedding for the integer {@code index} of its column in the embeddings table. */
  public Value valueOf(int index) {
    return memberFormat == null ? Value.of(index) : Value.member(String.format(java.util.Locale.ROOT, memberFormat, index));
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
