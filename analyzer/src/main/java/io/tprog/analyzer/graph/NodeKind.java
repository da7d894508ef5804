package io.tprog.analyzer.graph;

/** What a node of the dataflow graph stands for. */
public enum NodeKind {
  EMBEDDING,
  HEAD,
  NUMERICAL_HEAD,
  MLP,
  NUMERICAL_MLP,
  /** A variable assigned by a statement a user added. */
  VARIABLE,
  CLASSIFIER;

  public boolean head() {
    return this == HEAD || this == NUMERICAL_HEAD;
  }

  public boolean mlp() {
    return this == MLP || this == NUMERICAL_MLP;
  }
}
