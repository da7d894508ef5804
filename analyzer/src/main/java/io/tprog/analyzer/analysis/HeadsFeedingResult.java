package io.tprog.analyzer.analysis;

import java.util.List;

/**
 * The result of {@link HeadsFeeding}: the output asked about as written ({@code attn_1_0}, {@code class "3"},
 * {@code classifier}) and every head upstream of it, sorted by layer then program order.
 */
public record HeadsFeedingResult(String output, List<HeadPath> heads) {
  public HeadsFeedingResult {
    heads = List.copyOf(heads);
  }
}
