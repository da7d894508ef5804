package io.tprog.reports.circuit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.reports.ReportInputException;
import io.tprog.reports.circuit.CircuitReport.Figure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the accuracy figures out of a training run's {@code metrics.json}: every number under its {@code accuracy}
 * object whose name says it is an accuracy (a fraction; counts are left out), named by its dotted path
 * ({@code test.program_token_accuracy}).
 */
public final class TrainingMetrics {
  /** The file name the learner writes its metrics to. */
  public static final String FILE = "metrics.json";

  private TrainingMetrics() {}

  /**
   * The figures of one metrics file.
   *
   * @throws ReportInputException naming the file, line and column when it is not JSON
   */
  public static List<Figure> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportInputException("training metrics " + file + " cannot be read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw ReportInputException.at(
          file.toString(), at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
    }
    List<Figure> figures = new ArrayList<>();
    if (root != null && root.has("accuracy")) {
      collect("", root.get("accuracy"), figures);
    }
    return figures;
  }

  private static void collect(String path, JsonNode node, List<Figure> figures) {
    if (node.isNumber() && path.endsWith("accuracy")) {
      figures.add(new Figure("metrics", path, node.asDouble()));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), figures);
      }
    }
  }
}
