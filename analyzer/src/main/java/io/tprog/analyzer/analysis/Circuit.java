package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.RoleEdge;
import java.util.List;

/**
 * The circuit of one class ({@code classLabel} null: of the classifier as a whole): the features whose weights can
 * change that class's rank, those that cannot, and every component upstream of a feeding feature, sorted by layer
 * then program order, each with its path; {@code edges} are the graph edges on those paths, sorted.
 */
public record Circuit(
    String classLabel,
    List<String> feedingFeatures,
    List<String> nonFeedingFeatures,
    List<CircuitComponent> components,
    List<RoleEdge> edges) {

  public Circuit {
    feedingFeatures = List.copyOf(feedingFeatures);
    nonFeedingFeatures = List.copyOf(nonFeedingFeatures);
    components = List.copyOf(components);
    edges = List.copyOf(edges);
  }

  /** True when the component is on this circuit. */
  public boolean contains(String id) {
    return components.stream().anyMatch(c -> c.id().equals(id));
  }
}
