package io.tprog.reports.circuit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.DotExporter;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.reports.ReportFiles;
import io.tprog.reports.graph.LayeredLayout;
import io.tprog.reports.graph.SvgGraph;
import io.tprog.reports.plots.TrainingCurves;
import io.tprog.reports.plots.TrainingPlots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the circuit report of one program into a folder: {@code report.md}, {@code report.html} (self-contained),
 * {@code report.json} and {@code graph.dot} (the classifier's circuit highlighted). When the program's folder holds a
 * training run's {@code metrics.json} and {@code curves.csv}, their accuracies are shown and the curves are plotted
 * into {@code loss.png}, {@code accuracy.png} and {@code temperature.png} beside the report.
 */
public final class CircuitReportWriter {
  public static final String MARKDOWN = "report.md";
  public static final String HTML = "report.html";
  public static final String JSON = "report.json";
  public static final String DOT = "graph.dot";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private CircuitReportWriter() {}

  /** The report without a dataset. */
  public static CircuitReport write(ProgramModel model, StaticReport analysis, Path outDir) {
    return write(model, analysis, Optional.empty(), outDir);
  }

  /**
   * Writes every file of the report and returns what it shows.
   *
   * @param model the program as read ({@code ProgramReadResult.model()})
   * @param analysis {@code StaticAnalyzer.analyze} of the same program
   * @param ablation the ablation table when the user gave {@code --data}
   */
  public static CircuitReport write(ProgramModel model, StaticReport analysis, Optional<AblationTable> ablation, Path outDir) {
    return write(model, analysis, ablation, Optional.empty(), outDir);
  }

  /**
   * {@link #write(ProgramModel, StaticReport, Optional, Path)} with, for an NLP program, the words section
   * ({@link WordReport}) in every file.
   */
  public static CircuitReport write(
      ProgramModel model, StaticReport analysis, Optional<AblationTable> ablation, Optional<WordReport> words, Path outDir) {
    Path programFolder = programFolder(model.source());
    List<CircuitReport.Figure> metrics = List.of();
    Map<String, byte[]> plots = Map.of();
    if (programFolder != null && Files.isRegularFile(programFolder.resolve(TrainingMetrics.FILE))) {
      metrics = TrainingMetrics.read(programFolder.resolve(TrainingMetrics.FILE));
    }
    if (programFolder != null && Files.isRegularFile(programFolder.resolve(TrainingCurves.FILE))) {
      plots = TrainingPlots.write(TrainingCurves.read(programFolder.resolve(TrainingCurves.FILE)), outDir);
    }
    CircuitReport report = CircuitReports.build(model, analysis, ablation, metrics, new ArrayList<>(plots.keySet()));

    String svg = SvgGraph.render(LayeredLayout.layout(analysis.nodes(), analysis.edges()), new HashSet<>(report.circuitHeads()));
    Map<String, String> images = new LinkedHashMap<>();
    plots.forEach((name, bytes) -> images.put(name, "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes)));

    ReportFiles.writeText(outDir, JSON, words.isEmpty() ? json(report) : json(withWords(report, words.get())));
    ReportFiles.writeText(outDir, MARKDOWN, CircuitMarkdown.render(report) + words.map(w -> "\n" + w.markdownSection()).orElse(""));
    Selections selections = Selections.of(report);
    String page = CircuitHtml.render(report, FocusGraphs.of(analysis, report, selections), svg, json(selections), images);
    if (words.isPresent()) {
      int scripts = page.lastIndexOf("<script type=\"application/json\" id=\"selections\">");
      page = page.substring(0, scripts) + words.get().htmlSection() + page.substring(scripts);
    }
    ReportFiles.writeText(outDir, HTML, page);
    Set<String> circuitNodes = new HashSet<>();
    analysis.classifierCircuit().components().forEach(c -> circuitNodes.add(c.id()));
    circuitNodes.add(DataflowGraph.CLASSIFIER);
    Set<RoleEdge> circuitEdges = new HashSet<>(analysis.classifierCircuit().edges());
    ReportFiles.writeText(outDir, DOT, DotExporter.export(DataflowGraph.of(model), circuitNodes, circuitEdges));
    return report;
  }

  /** Indented JSON with sorted map keys; records keep their component order. */
  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report could not be written as JSON", e);
    }
  }

  /** The report's JSON with the words section last, under {@code words}. */
  private static Object withWords(CircuitReport report, WordReport words) {
    ObjectNode node = MAPPER.valueToTree(report);
    node.set("words", MAPPER.valueToTree(words));
    return node;
  }

  private static Path programFolder(String source) {
    if (source == null || source.isEmpty()) {
      return null;
    }
    return Path.of(source).toAbsolutePath().getParent();
  }
}
