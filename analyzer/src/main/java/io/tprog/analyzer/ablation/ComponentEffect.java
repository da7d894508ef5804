package io.tprog.analyzer.ablation;

import java.util.List;
import java.util.Map;

/**
 * What one head or MLP does for one class. {@code staticScore}: how far it can move the class's score against another
 * class through the classifier features it reaches ({@link io.tprog.analyzer.analysis.StaticInfluence}), with those
 * features, biggest swing first. With data: of the {@code positions} predicted as the class, how many change
 * ({@code changed}) when the component alone is ablated, their share ({@code dynamicScore}) and what they change to;
 * null without data or for a component that cannot be ablated. {@code disagreement} is null when both agree.
 */
public record ComponentEffect(
    String component,
    int layer,
    double staticScore,
    List<String> via,
    Integer changed,
    Integer positions,
    Double dynamicScore,
    Map<String, Integer> changedTo,
    Disagreement disagreement) {

  public ComponentEffect {
    via = List.copyOf(via);
    changedTo = changedTo == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changedTo));
  }

  /** How static and dynamic scores can disagree. */
  public enum Disagreement {
    /** A static path, but ablating the component changes no prediction of the class on the data. */
    REDUNDANT("static path, no effect on the data: redundant here"),
    /** Ablating the component changes predictions of the class though no static path exists: an analyzer bug. */
    NO_STATIC_PATH("effect on the data with no static path: an analyzer bug");

    private final String text;

    Disagreement(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }
}
