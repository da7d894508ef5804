package io.tprog.learner.program;

import io.tprog.format.ComponentNames;

/**
 * A numerical attention head {@code num_attn_<layer>_<index>} (model.md section 5): the sum of a numerical value over
 * every key its query matches.
 *
 * @param query the categorical variable the query reads
 * @param key the categorical variable the key reads
 * @param value the numerical variable summed ({@code ones} counts matches)
 * @param predicate {@code predicate[q]} is the key slot that query slot {@code q} matches, or -1 for never; length
 *     {@code k}
 */
public record NumHead(int layer, int index, String query, String key, String value, int[] predicate) {

  public NumHead {
    predicate = predicate.clone();
  }

  /** The canonical variable name of this head's output. */
  public String name() {
    return ComponentNames.numericalHead(layer, index);
  }

  @Override
  public int[] predicate() {
    return predicate.clone();
  }

  /** The key slot query slot {@code q} matches, or -1. */
  public int keyFor(int q) {
    return predicate[q];
  }
}
