package io.tprog.learner.program;

import java.util.List;

/**
 * The program's linear classifier (model.md section 7).
 *
 * @param featureNames every variable the classifier reads, in canonical order: categorical, then numerical
 * @param weights one row per (categorical feature, slot {@code 0..k-1}) in feature order, then one row per numerical
 *     feature; one column per class of {@link Program#classes()}. Masked classes (such as {@code <pad>}) are not
 *     columns at all: the discretiser drops them, so they are never predicted.
 */
public record Classifier(List<String> featureNames, double[][] weights) {

  public Classifier {
    featureNames = List.copyOf(featureNames);
    weights = deepCopy(weights);
  }

  @Override
  public double[][] weights() {
    return deepCopy(weights);
  }

  /** Row {@code row}, column {@code column}, without copying. */
  public double weight(int row, int column) {
    return weights[row][column];
  }

  double[] row(int row) {
    return weights[row];
  }

  private static double[][] deepCopy(double[][] weights) {
    double[][] copy = new double[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      copy[i] = weights[i].clone();
    }
    return copy;
  }
}
