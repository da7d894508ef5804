package io.tprog.format;

import java.util.List;

/**
 * The text of a program's weights file (program-format.md "The weights file"), written in one place for the learner's
 * emitter and the analyzer's converter: a header {@code feature,value,<classes...>}, then one row per feature value with
 * one weight per class. Feature, value and class are written with {@link ProgramHelpers#csvField}, so a comma, a quote
 * or a line break in one reads back as it was; a weight as {@link Double#toString(double)}, which reads back exactly.
 */
public final class WeightsText extends CsvText {
  private final int classes;

  /** A weights file with these classes, in column order, and no rows yet. */
  public WeightsText(List<String> classes) {
    super("feature,value");
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("a weights file names at least one class");
    }
    this.classes = classes.size();
    for (String label : classes) {
      text.append(',').append(ProgramHelpers.csvField(label));
    }
    text.append('\n');
  }

  /**
   * Adds the row of {@code feature} at {@code value} ({@code _} for a numerical feature), one weight per class.
   *
   * @throws IllegalArgumentException when the number of weights is not the number of classes
   */
  public WeightsText row(String feature, String value, double... weights) {
    if (weights.length != classes) {
      throw new IllegalArgumentException(
          "the row " + feature + "=" + value + " has " + weights.length + " weights for " + classes + " classes");
    }
    text.append(ProgramHelpers.csvField(feature)).append(',').append(ProgramHelpers.csvField(value));
    for (double weight : weights) {
      text.append(',').append(Double.toString(weight));
    }
    text.append('\n');
    return this;
  }
}
