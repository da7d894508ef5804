package io.tprog.analyzer.program;

/**
 * An attention head: {@code attn_L_H} (categorical: {@code select_closest} + {@code aggregate}) or
 * {@code num_attn_L_H} (numerical: {@code select} + {@code aggregate_sum}), with the variables it reads as query,
 * key and value, its predicate, and the variable it defines ({@code <name>_outputs}).
 */
public record Head(
    String name,
    Kind kind,
    int layer,
    int index,
    String query,
    String key,
    String value,
    String output,
    Predicate predicate,
    int line) {

  /** Categorical or numerical attention (model.md sections 4 and 5). */
  public enum Kind {
    CATEGORICAL,
    NUMERICAL
  }

  public boolean numerical() {
    return kind == Kind.NUMERICAL;
  }
}
