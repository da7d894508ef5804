package io.tprog.analyzer.prune;

import java.util.List;

/**
 * What pruning did: the pruned source, the components it made constant, how many branches it removed, the program's
 * length before and after, and whether the pruned program predicted identically on every example.
 */
public record PruneResult(
    String prunedSource, List<String> removedComponents, int removedBranches, int linesBefore, int linesAfter, int examples, boolean identical) {
  public PruneResult {
    removedComponents = List.copyOf(removedComponents);
  }
}
