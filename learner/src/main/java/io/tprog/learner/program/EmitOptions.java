package io.tprog.learner.program;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an emitted program is called and the figures its header reports.
 *
 * @param name file stem: the program is {@code <name>.py}, its weights {@code <name>_weights.csv}
 * @param testAccuracy fraction of test labels the program gets right, or null when not measured
 * @param modelAgreement fraction of test predictions where the program and the trained model agree, or null
 * @param examples inputs the main block runs, with their expected labels
 */
public record EmitOptions(String name, Double testAccuracy, Double modelAgreement, List<ProgramExample> examples) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public EmitOptions {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "The program name " + name + " is not a Python identifier (letters, digits and '_', not starting with a digit).");
    }
    checkFraction("test accuracy", testAccuracy);
    checkFraction("model agreement", modelAgreement);
    examples = List.copyOf(examples);
  }

  private static void checkFraction(String figure, Double value) {
    if (value != null && !(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("The " + figure + " " + value + " is not a fraction between 0 and 1.");
    }
  }
}
