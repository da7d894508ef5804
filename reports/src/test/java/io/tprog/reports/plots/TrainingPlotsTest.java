package io.tprog.reports.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.reports.Fixtures;
import io.tprog.reports.plots.TrainingCurves.Epoch;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPlotsTest {
  @Test
  void writesThreeReadablePngsOfTheLearnersCurves(@TempDir Path out) throws Exception {
    TrainingCurves curves = TrainingCurves.read(Fixtures.path("programs/hist/curves.csv"));
    assertTrue(curves.epochs().size() > 1);
    Map<String, byte[]> images = TrainingPlots.write(curves, out);
    assertEquals(List.of(TrainingPlots.LOSS, TrainingPlots.ACCURACY, TrainingPlots.TEMPERATURE), List.copyOf(images.keySet()));
    for (Map.Entry<String, byte[]> image : images.entrySet()) {
      assertArrayEquals(image.getValue(), Files.readAllBytes(out.resolve(image.getKey())));
      BufferedImage png = ImageIO.read(out.resolve(image.getKey()).toFile());
      assertEquals(560, png.getWidth());
      assertEquals(360, png.getHeight());
    }
  }

  @Test
  void theAccuracyChartHasBothSeriesAndTheTemperatureAxisIsLogarithmic() {
    TrainingCurves curves = new TrainingCurves(List.of(new Epoch(1, 2, 0.2, 3.0, 0.3), new Epoch(2, 1, 0.6, 0.01, 0.9)));
    var accuracy = TrainingPlots.chart("Accuracy", "accuracy", curves, Map.of("train", Epoch::trainAccuracy, "validation", Epoch::validationAccuracy), false);
    assertEquals(2, accuracy.getSeriesMap().size());
    assertArrayEquals(new double[] {0.3, 0.9}, accuracy.getSeriesMap().get("validation").getYData());
    var temperature = TrainingPlots.chart("T", "temperature", curves, Map.of("temperature", Epoch::temperature), true);
    assertTrue(temperature.getStyler().isYAxisLogarithmic());
  }

  @Test
  void noEpochsWriteNoPlots(@TempDir Path out) throws Exception {
    assertTrue(TrainingPlots.write(new TrainingCurves(List.of()), out).isEmpty());
    try (var files = Files.list(out)) {
      assertEquals(0, files.count());
    }
  }
}
