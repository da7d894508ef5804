package io.tprog.learner.program;

import io.tprog.format.ComponentNames;

/**
 * A categorical attention head {@code attn_<layer>_<index>} (model.md section 4).
 *
 * @param query the categorical variable the query reads
 * @param key the categorical variable the key reads
 * @param value the categorical variable copied from the selected position
 * @param predicate {@code predicate[q]} is the key slot that query slot {@code q} matches, or -1 for never; length
 *     {@code k}
 */
public record CatHead(int layer, int index, String query, String key, String value, int[] predicate) {

  public CatHead {
    predicate = predicate.clone();
  }

  /** The canonical variable name of this head's output. */
  public String name() {
    return ComponentNames.head(layer, index);
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
