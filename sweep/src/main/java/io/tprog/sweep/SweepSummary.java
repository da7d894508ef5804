package io.tprog.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import io.tprog.learner.files.AtomicFiles;
import io.tprog.learner.train.RunFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;

/**
 * The summary of a sweep's folder, built from the cell folders alone (so it can be rebuilt at any time):
 * {@code summary.md}, {@code summary.html}, {@code summary.json} and {@code accuracy.png}. Per task the best cell by
 * the {@link #SELECTION_RULE}, its test accuracy beside the standard baseline's best cell and the paper's; failed cells
 * with their reasons; planned cells not run yet; every cell.
 */
public final class SweepSummary {
  public static final String SELECTION_RULE =
      "the best cell of a task is the one with the highest validation accuracy (the program's for Transformer"
          + " Programs, the model's for the standard baseline); ties go to the smaller model (fewer layers, then heads,"
          + " then MLPs, then a smaller variable size), then to the lower seed. Test accuracy is read only after the"
          + " choice.";

  static final String PLOT = "accuracy.png";

  /** One finished or failed cell, as its folder records it. */
  record Row(
      String id, String task, boolean standard, int layers, int heads, int mlps, int varSize, long seed, int epochs,
      double validation, double test, double seconds, String error) {

    boolean finished() {
      return error == null;
    }

    String configuration() {
      return "L" + layers + " H" + heads + (standard ? "" : " M" + mlps);
    }
  }

  /** What the summary says, also its JSON form. */
  public record Summary(
      String selectionRule,
      int planned,
      List<Map<String, Object>> best,
      Map<String, String> failed,
      List<String> notRun,
      List<Row> cells,
      List<Map<String, Object>> runs) {}

  private SweepSummary() {}

  /** Reads every cell folder of {@code out} and writes the summary files; returns what they say. */
  public static Summary write(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      throw new IOException(out + " is not a folder.");
    }
    Sweep.Plan plan = Sweep.readPlan(out);
    List<Row> rows = rows(out);
    Map<String, String> failed = new TreeMap<>();
    rows.stream().filter(r -> !r.finished()).forEach(r -> failed.put(r.id(), r.error()));
    TreeSet<String> present = rows.stream().map(Row::id).collect(Collectors.toCollection(TreeSet::new));
    List<String> notRun = plan.cells().stream().map(Cell::id).filter(id -> !present.contains(id)).sorted().toList();
    Summary summary =
        new Summary(SELECTION_RULE, plan.cells().size(), best(rows), failed, notRun, rows, plan.runs());
    byte[] plot = plot(rows);
    AtomicFiles.write(out.resolve(PLOT), plot);
    AtomicFiles.write(out.resolve("summary.json"), SweepFolders.json().writeValueAsString(summary) + "\n");
    AtomicFiles.write(out.resolve("summary.md"), markdown(summary));
    AtomicFiles.write(out.resolve("summary.html"), html(summary, plot));
    return summary;
  }

  static List<Row> rows(Path out) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> folders = Files.list(out)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        String id = folder.getFileName().toString();
        if (id.startsWith(".")) {
          continue;
        }
        Path metrics = folder.resolve(RunFiles.METRICS);
        Path failure = folder.resolve(SweepFolders.FAILURE);
        if (Files.isRegularFile(metrics)) {
          rows.add(row(id, metrics));
        } else if (Files.isRegularFile(failure)) {
          String error = SweepFolders.json().readTree(failure.toFile()).path("error").asText();
          rows.add(new Row(id, "", false, 0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, 0, error));
        }
      }
    }
    return rows;
  }

  private static Row row(String id, Path metrics) throws IOException {
    JsonNode m;
    try {
      m = SweepFolders.json().readTree(metrics.toFile());
    } catch (IOException e) {
      throw new IOException(metrics + " is not readable JSON: " + e.getMessage(), e);
    }
    boolean standard = "standard-transformer".equals(m.path("model").asText());
    JsonNode c = m.path("configuration");
    String key = standard ? "model_token_accuracy" : "program_token_accuracy";
    double seconds = 0;
    for (JsonNode t : m.path("timings")) {
      seconds += t.asDouble();
    }
    return new Row(
        id,
        m.path("task").asText(),
        standard,
        c.path("layers").asInt(),
        standard ? c.path("heads").asInt() : c.path("cat_heads").asInt() + c.path("num_heads").asInt(),
        standard ? 0 : c.path("cat_mlps").asInt() + c.path("num_mlps").asInt(),
        c.path("var_size").asInt(),
        m.path("seed").asLong(),
        m.path("epochs_completed").asInt(),
        m.path("accuracy").path("validation").path(key).asDouble(),
        m.path("accuracy").path("test").path(key).asDouble(),
        seconds,
        null);
  }

  static final Comparator<Row> PREFERENCE =
      Comparator.comparingDouble(Row::validation)
          .reversed()
          .thenComparingInt(Row::layers)
          .thenComparingInt(Row::heads)
          .thenComparingInt(Row::mlps)
          .thenComparingInt(Row::varSize)
          .thenComparingLong(Row::seed);

  private static List<Map<String, Object>> best(List<Row> rows) {
    Map<String, Row> programs = new TreeMap<>();
    Map<String, Row> standards = new TreeMap<>();
    for (Row r : rows) {
      if (r.finished()) {
        (r.standard() ? standards : programs).merge(r.task(), r, (a, b) -> PREFERENCE.compare(a, b) <= 0 ? a : b);
      }
    }
    TreeSet<String> tasks = new TreeSet<>(programs.keySet());
    tasks.addAll(standards.keySet());
    List<Map<String, Object>> best = new ArrayList<>();
    for (String task : tasks) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("task", task);
      Row p = programs.get(task);
      Row s = standards.get(task);
      b.put("best_cell", p == null ? null : p.id());
      b.put("validation_accuracy", p == null ? null : p.validation());
      b.put("test_accuracy", p == null ? null : p.test());
      b.put("standard_best_cell", s == null ? null : s.id());
      b.put("standard_test_accuracy", s == null ? null : s.test());
      b.put("paper_test_accuracy", PaperTable.TEST_ACCURACY.get(task));
      best.add(b);
    }
    return best;
  }

  /** Mean test accuracy over seeds against the configuration, one series per task (and per task's baseline). */
  private static byte[] plot(List<Row> rows) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Map<String, Map<String, List<Double>>> bySeries = new TreeMap<>();
    TreeSet<String> configurations =
        new TreeSet<>(Comparator.comparing((String s) -> s.length()).thenComparing(Comparator.naturalOrder()));
    for (Row r : rows) {
      if (r.finished()) {
        String series = r.task() + (r.standard() ? " (standard)" : "");
        configurations.add(r.configuration());
        bySeries.computeIfAbsent(series, k -> new TreeMap<>())
            .computeIfAbsent(r.configuration(), k -> new ArrayList<>())
            .add(100 * r.test());
      }
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(720)
            .height(400)
            .title("Test accuracy against configuration (mean over seeds)")
            .xAxisTitle("layers, heads and MLPs per layer")
            .yAxisTitle("test accuracy (%)")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
    chart.getStyler().setXAxisLabelRotation(30);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setYAxisDecimalPattern("0");
    List<String> xs = new ArrayList<>(configurations);
    for (Map.Entry<String, Map<String, List<Double>>> series : bySeries.entrySet()) {
      List<Double> ys = new ArrayList<>();
      for (String x : xs) {
        List<Double> values = series.getValue().get(x);
        ys.add(values == null ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0));
      }
      chart.addSeries(series.getKey(), xs, ys).setMarker(SeriesMarkers.CIRCLE);
    }
    if (bySeries.isEmpty()) {
      chart.addSeries("no finished cell", List.of("-"), List.of(0.0));
    }
    return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
  }

  static String markdown(Summary s) {
    StringBuilder md = new StringBuilder("# Sweep summary\n\n");
    md.append(counts(s)).append("\n\n");
    md.append("Selection rule: ").append(s.selectionRule()).append("\n\n");
    md.append("## Best cell per task (test accuracy, %)\n\n");
    md.append("| task | best cell | validation | test | standard baseline's best cell | its test | paper (Table 1) |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Map<String, Object> b : s.best()) {
      md.append(String.join(" | ", "| " + b.get("task"), text(b.get("best_cell")), percent(b.get("validation_accuracy")),
              percent(b.get("test_accuracy")), text(b.get("standard_best_cell")),
              percent(b.get("standard_test_accuracy")), paper(b.get("paper_test_accuracy"))))
          .append(" |\n");
    }
    md.append("\n![Test accuracy against configuration](").append(PLOT).append(")\n");
    if (!s.failed().isEmpty()) {
      md.append("\n## Failed cells\n\n| cell | reason |\n|---|---|\n");
      s.failed().forEach((id, reason) -> md.append("| ").append(id).append(" | ").append(reason.replace("|", "\\|")).append(" |\n"));
    }
    if (!s.notRun().isEmpty()) {
      md.append("\n## Not run yet\n\n").append(String.join(", ", s.notRun())).append("\n");
    }
    md.append("\n## Every finished cell\n\n| cell | validation | test | epochs | minutes |\n|---|---|---|---|---|\n");
    for (Row r : s.cells()) {
      if (r.finished()) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f |%n", r.id(), percent(r.validation()),
            percent(r.test()), r.epochs(), r.seconds() / 60));
      }
    }
    return md.toString();
  }

  private static String html(Summary s, byte[] plot) {
    String md = markdown(s);
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sweep summary</title>\n")
            .append("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:")
            .append("collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}</style></head><body>\n");
    boolean inTable = false;
    for (String line : md.split("\n")) {
      if (line.startsWith("|")) {
        if (line.startsWith("|---")) {
          continue;
        }
        String cellTag = inTable ? "td" : "th";
        html.append(inTable ? "" : "<table>\n").append("<tr>");
        for (String cell : line.substring(1, line.length() - 1).split(" \\| ", -1)) {
          html.append('<').append(cellTag).append('>').append(escape(cell.strip().replace("\\|", "|")))
              .append("</").append(cellTag).append('>');
        }
        html.append("</tr>\n");
        inTable = true;
        continue;
      }
      if (inTable) {
        html.append("</table>\n");
        inTable = false;
      }
      if (line.startsWith("# ")) {
        html.append("<h1>").append(escape(line.substring(2))).append("</h1>\n");
      } else if (line.startsWith("## ")) {
        html.append("<h2>").append(escape(line.substring(3))).append("</h2>\n");
      } else if (line.startsWith("![")) {
        html.append("<img alt=\"Test accuracy against configuration\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(plot)).append("\">\n");
      } else if (!line.isBlank()) {
        html.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    if (inTable) {
      html.append("</table>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String counts(Summary s) {
    long finished = s.cells().stream().filter(Row::finished).count();
    double seconds = s.runs().stream().mapToDouble(r -> ((Number) r.getOrDefault("seconds", 0)).doubleValue()).sum();
    return String.format(
        Locale.ROOT,
        "%d cells planned: %d finished, %d failed, %d not run yet. %d run(s) of the sweep, %.1f minutes of wall time.",
        s.planned(), finished, s.failed().size(), s.notRun().size(), s.runs().size(), seconds / 60);
  }

  private static String percent(Object fraction) {
    if (!(fraction instanceof Number n) || Double.isNaN(n.doubleValue())) {
      return "";
    }
    return String.format(Locale.ROOT, "%.2f", 100 * n.doubleValue());
  }

  private static String paper(Object value) {
    return value instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : "";
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
