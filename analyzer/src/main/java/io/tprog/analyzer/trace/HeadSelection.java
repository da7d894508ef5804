package io.tprog.analyzer.trace;

import java.util.List;

/**
 * What one head did for one input, per query position: a categorical head's selected key position, or a numerical
 * head's number of matching keys; {@code matches} lists, per query, every key position that matched (for a
 * categorical head, the selected one alone).
 */
public record HeadSelection(String head, boolean numerical, List<Integer> perQuery, List<List<Integer>> matches) {
  public HeadSelection {
    perQuery = List.copyOf(perQuery);
    matches = matches.stream().map(List::copyOf).toList();
  }

  /** The key positions query {@code position} matched (empty past the input's end). */
  public List<Integer> matched(int position) {
    return position < matches.size() ? matches.get(position) : List.of();
  }
}
