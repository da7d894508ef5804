package io.tprog.reports.plots;

import io.tprog.reports.ReportInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The learner's training curves, one point per epoch, as written to {@code curves.csv} beside the program. */
public record TrainingCurves(List<Epoch> epochs) {

  /** The file name the learner writes the curves to. */
  public static final String FILE = "curves.csv";

  private static final List<String> HEADER =
      List.of("epoch", "loss", "train_accuracy", "temperature", "validation_accuracy", "seconds");

  public TrainingCurves {
    epochs = List.copyOf(epochs);
  }

  /** One epoch: mean loss, accuracy under Gumbel noise, temperature at its last step, validation accuracy. */
  public record Epoch(int epoch, double loss, double trainAccuracy, double temperature, double validationAccuracy) {}

  /**
   * Reads a curves file.
   *
   * @throws ReportInputException naming the file, line and column of the first malformed field
   */
  public static TrainingCurves read(Path file) {
    String name = file.toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportInputException("training curves " + name + " cannot be read: " + e.getMessage());
    }
    if (lines.isEmpty() || !List.of(lines.get(0).split(",", -1)).equals(HEADER)) {
      throw ReportInputException.at(name, 1, 1, "the header must be '" + String.join(",", HEADER) + "'");
    }
    List<Epoch> epochs = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] fields = lines.get(i).split(",", -1);
      if (fields.length != HEADER.size()) {
        throw ReportInputException.at(name, i + 1, 1, "expected " + HEADER.size() + " fields, found " + fields.length);
      }
      double[] numbers = new double[fields.length];
      int column = 1;
      for (int f = 0; f < fields.length; f++) {
        try {
          numbers[f] = Double.parseDouble(fields[f]);
        } catch (NumberFormatException e) {
          throw ReportInputException.at(name, i + 1, column, HEADER.get(f) + " '" + fields[f] + "' is not a number");
        }
        column += fields[f].length() + 1;
      }
      epochs.add(new Epoch((int) numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]));
    }
    return new TrainingCurves(epochs);
  }
}
