package io.tprog.analyzer.words;

import java.util.List;

/**
 * Each token's contribution to each class score of one sentence (the paper's figure 13): the classifier adds, at every
 * position, the weight row of each feature's value there, so a position's row sum per class is what it adds to that
 * class. A pooled classifier sums those rows over the positions, so {@code totals} are the pooled scores and
 * {@code predicted} their first highest class.
 */
public record TokenContributions(List<String> classes, List<String> tokens, List<List<Double>> perToken, List<Double> totals, String predicted) {
  public TokenContributions {
    classes = List.copyOf(classes);
    tokens = List.copyOf(tokens);
    perToken = perToken.stream().map(List::copyOf).toList();
    totals = List.copyOf(totals);
  }
}
