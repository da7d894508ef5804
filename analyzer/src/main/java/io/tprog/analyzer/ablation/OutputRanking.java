package io.tprog.analyzer.ablation;

import java.util.List;

/**
 * The heads and MLPs ranked by what they do for one class: by dynamic score when there was data ({@code positions}
 * predicted as the class over {@code examples} examples; null without data), then by static score, then program order.
 * {@code interpreted} says whether the ablations were worked out by the plain-Java interpreter (checked against the
 * program's own predictions in Jython) rather than each run in Jython.
 */
public record OutputRanking(
    String program, String classLabel, Integer examples, Integer positions, boolean interpreted, List<ComponentEffect> components) {
  public OutputRanking {
    components = List.copyOf(components);
  }

  /** The components whose scores disagree. */
  public List<ComponentEffect> disagreements() {
    return components.stream().filter(c -> c.disagreement() != null).toList();
  }
}
