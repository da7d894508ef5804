package io.tprog.analyzer.trace;

import java.util.List;

/**
 * What one head did for one input, per query position: a categorical head's selected key position, or a numerical
 * head's number of matching keys.
 */
public record HeadSelection(String head, boolean numerical, List<Integer> perQuery) {
  public HeadSelection {
    perQuery = List.copyOf(perQuery);
  }
}
