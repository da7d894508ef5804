package io.tprog.learner.model;

import java.util.List;

/**
 * One module of the model as the discretiser sees it: its canonical name, kind, place, and the variables each of its
 * reads chooses among (categorical candidates for query/key/value or MLP inputs, numerical ones for numerical reads).
 */
public record ModuleSpec(Kind kind, String name, int layer, int index, List<String> categorical, List<String> numerical) {

  /** What a module is. */
  public enum Kind {
    CAT_HEAD,
    NUM_HEAD,
    CAT_MLP,
    NUM_MLP
  }

  public ModuleSpec {
    categorical = List.copyOf(categorical);
    numerical = List.copyOf(numerical);
  }
}
