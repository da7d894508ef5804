package io.tprog.analyzer.words;

import java.util.List;

/**
 * One classifier feature row ({@code variable = value}, {@code value} as the weights file writes it, {@code _} for a
 * numerical feature), its weight per class (in the classifier's column order), the score it was ranked by (a class's
 * weight, or the difference of two classes' weights) and where its value comes from.
 */
public record FeatureWeight(String variable, String value, List<Double> weights, double score, FeatureOrigin origin) {
  public FeatureWeight {
    weights = List.copyOf(weights);
  }

  /** {@code var0_embeddings = 14}, or {@code num_attn_0_0_outputs} for a numerical feature. */
  public String label() {
    return value.equals("_") ? variable + " (per unit)" : variable + " = " + value;
  }
}
