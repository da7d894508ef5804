package io.tprog.reports.plots;

import io.tprog.reports.ReportFiles;
import io.tprog.reports.plots.TrainingCurves.Epoch;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the training curves as three PNG charts: loss, accuracy (noisy training and validation), temperature. */
public final class TrainingPlots {
  public static final String LOSS = "loss.png";
  public static final String ACCURACY = "accuracy.png";
  public static final String TEMPERATURE = "temperature.png";

  private TrainingPlots() {}

  /**
   * Writes the three charts into {@code folder}; returns file name to PNG bytes, in display order (empty, and nothing
   * written, when the curves have no epoch).
   */
  public static Map<String, byte[]> write(TrainingCurves curves, Path folder) {
    System.setProperty("java.awt.headless", "true");
    Map<String, byte[]> images = new LinkedHashMap<>();
    if (curves.epochs().isEmpty()) {
      return images;
    }
    images.put(LOSS, png(chart("Training loss", "loss", curves, Map.of("loss", Epoch::loss), false)));
    Map<String, ToDoubleFunction<Epoch>> accuracy = new LinkedHashMap<>();
    accuracy.put("train (under noise)", Epoch::trainAccuracy);
    accuracy.put("validation (discrete)", Epoch::validationAccuracy);
    images.put(ACCURACY, png(chart("Accuracy", "accuracy", curves, accuracy, false)));
    images.put(TEMPERATURE, png(chart("Gumbel-softmax temperature", "temperature", curves, Map.of("temperature", Epoch::temperature), true)));
    images.forEach((name, bytes) -> ReportFiles.writeBytes(folder, name, bytes));
    return images;
  }

  static XYChart chart(String title, String yTitle, TrainingCurves curves, Map<String, ToDoubleFunction<Epoch>> series, boolean logarithmic) {
    XYChart chart = new XYChartBuilder().width(560).height(360).title(title).xAxisTitle("epoch").yAxisTitle(yTitle).build();
    chart.getStyler().setYAxisLogarithmic(logarithmic);
    chart.getStyler().setLegendVisible(series.size() > 1);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    List<Epoch> epochs = curves.epochs();
    double[] x = epochs.stream().mapToDouble(Epoch::epoch).toArray();
    series.forEach(
        (name, value) -> chart.addSeries(name, x, epochs.stream().mapToDouble(value).toArray()).setMarker(SeriesMarkers.NONE));
    return chart;
  }

  private static byte[] png(XYChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart '" + chart.getTitle() + "' as PNG", e);
    }
  }
}
