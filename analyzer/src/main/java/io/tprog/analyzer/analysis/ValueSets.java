package io.tprog.analyzer.analysis;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of {@link ValueSetInference}: the value set of every node's variable, keyed by node id, and the maximum
 * sequence length the position values imply (0 when unknown).
 */
public record ValueSets(SortedMap<String, ValueSet> variables, int maxLength) {

  public ValueSets {
    variables = Collections.unmodifiableSortedMap(new TreeMap<>(variables));
  }

  /** The set of one node, unknown when the node has none. */
  public ValueSet of(String node) {
    return variables.getOrDefault(node, ValueSet.unknown());
  }
}
