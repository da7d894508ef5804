package io.tprog.learner.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.learner.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files a training run writes into its output folder besides the program: {@value #METRICS}, {@value #CURVES}
 * and the checkpoint {@value #CHECKPOINT}, each replaced whole ({@link AtomicFiles}).
 */
public final class RunFiles {
  public static final String METRICS = "metrics.json";
  public static final String CURVES = "curves.csv";
  public static final String CHECKPOINT = "checkpoint.bin";

  private RunFiles() {}

  /** The JSON form of {@link RunMetrics}: snake_case keys in component order, indented. */
  static ObjectMapper metricsJson() {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  /** Writes {@code metrics} into {@code out}'s {@value #METRICS}. */
  static void writeMetrics(Path out, RunMetrics metrics) throws IOException {
    AtomicFiles.write(out.resolve(METRICS), metricsJson().writeValueAsString(metrics) + "\n");
  }

  /** Writes the training curves, one row per epoch, into {@code out}'s {@value #CURVES}. */
  static void writeCurves(Path out, List<EpochRecord> curve) throws IOException {
    StringBuilder csv = new StringBuilder("epoch,loss,train_accuracy,temperature,validation_accuracy,seconds\n");
    for (EpochRecord r : curve) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%s,%s,%s,%s,%s%n",
              r.epoch(),
              r.loss(),
              r.trainAccuracy(),
              r.temperature(),
              r.validationAccuracy(),
              r.seconds()));
    }
    AtomicFiles.write(out.resolve(CURVES), csv.toString());
  }
}
