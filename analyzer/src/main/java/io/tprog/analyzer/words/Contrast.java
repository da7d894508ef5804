package io.tprog.analyzer.words;

import java.util.List;

/**
 * The classifier features that separate class {@code a} from class {@code b} most: {@code towardA} the rows whose
 * weight for {@code a} minus that for {@code b} is largest, {@code towardB} those where it is smallest (most negative),
 * each ranked by that difference.
 */
public record Contrast(String a, String b, List<FeatureWeight> towardA, List<FeatureWeight> towardB) {
  public Contrast {
    towardA = List.copyOf(towardA);
    towardB = List.copyOf(towardB);
  }
}
