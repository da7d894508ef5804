package io.tprog.reports.circuit;

import io.tprog.analyzer.analysis.Circuit;
import io.tprog.analyzer.analysis.CircuitComponent;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.PredicateBranch;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramProblem;
import io.tprog.analyzer.program.Value;
import io.tprog.reports.circuit.CircuitReport.ClassCircuit;
import io.tprog.reports.circuit.CircuitReport.FeedingHead;
import io.tprog.reports.circuit.CircuitReport.Figure;
import io.tprog.reports.circuit.CircuitReport.HeadTable;
import io.tprog.reports.circuit.CircuitReport.MlpTable;
import io.tprog.reports.circuit.CircuitReport.Node;
import io.tprog.reports.circuit.CircuitReport.PredicateRow;
import io.tprog.reports.circuit.CircuitReport.Shape;
import io.tprog.reports.graph.SvgGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Assembles a {@link CircuitReport} from a program's model and what static (and optionally dynamic) analysis found. */
public final class CircuitReports {
  private CircuitReports() {}

  /**
   * The report of one program.
   *
   * @param metrics accuracy figures from the training run ({@code metrics.json}), empty when there was none
   * @param plots file names of the training plots written beside the report, empty when there were no curves
   */
  public static CircuitReport build(
      ProgramModel model, StaticReport analysis, Optional<AblationTable> ablation, List<Figure> metrics, List<String> plots) {
    List<Figure> accuracy = new ArrayList<>(headerFigures(analysis.summary().header()));
    accuracy.addAll(metrics);
    ablation.ifPresent(
        a -> {
          accuracy.add(new Figure("data", a.dataset() + " positions", a.positionAccuracy()));
          accuracy.add(new Figure("data", a.dataset() + " sequences", a.sequenceAccuracy()));
        });
    return new CircuitReport(
        fileName(model.source()),
        model.format().name().toLowerCase(Locale.ROOT),
        analysis.summary().header(),
        new Shape(
            analysis.summary().layers(),
            analysis.summary().heads(),
            analysis.summary().numericalHeads(),
            analysis.summary().mlps(),
            analysis.summary().numericalMlps()),
        accuracy,
        analysis.summary().classes(),
        analysis.nodes().stream().map(n -> new Node(n.id(), SvgGraph.kindId(n.kind()), n.layer())).toList(),
        analysis.edges(),
        analysis.classifierCircuit().components().stream().filter(c -> c.kind().head()).map(CircuitComponent::id).toList(),
        analysis.circuits().stream().map(CircuitReports::classCircuit).toList(),
        model.heads().stream().map(CircuitReports::headTable).toList(),
        model.mlps().stream().map(CircuitReports::mlpTable).toList(),
        analysis.deadCode(),
        analysis.constants(),
        ablation.orElse(null),
        plots,
        analysis.problems().stream().map(p -> relative(p, model.source())).toList());
  }

  /** The nodes of a class's circuit as the page highlights them: its components in order, then the classifier. */
  static List<String> circuitNodes(Circuit circuit) {
    List<String> nodes = new ArrayList<>(circuit.components().stream().map(CircuitComponent::id).toList());
    nodes.add(DataflowGraph.CLASSIFIER);
    return nodes;
  }

  private static ClassCircuit classCircuit(Circuit c) {
    return new ClassCircuit(
        c.classLabel(),
        c.feedingFeatures(),
        c.nonFeedingFeatures(),
        circuitNodes(c),
        c.edges(),
        c.components().stream().filter(k -> k.kind().head()).map(k -> new FeedingHead(k.id(), k.layer(), k.path())).toList());
  }

  /** Accuracy and agreement facts the program's header states, as a fraction or a percentage ({@code 99.87%}). */
  private static List<Figure> headerFigures(Map<String, String> header) {
    List<Figure> figures = new ArrayList<>();
    header.forEach(
        (key, text) -> {
          if (key.contains("accuracy") || key.contains("agreement")) {
            String number = text.trim();
            boolean percent = number.endsWith("%");
            try {
              double value = Double.parseDouble(percent ? number.substring(0, number.length() - 1) : number);
              figures.add(new Figure("header", key, percent ? value / 100 : value));
            } catch (NumberFormatException notANumber) {
              // A header fact that is not a number is still shown under the configuration.
            }
          }
        });
    return figures;
  }

  private static HeadTable headTable(Head h) {
    List<PredicateRow> rows = new ArrayList<>();
    for (PredicateBranch b : h.predicate().branches()) {
      String query = b.otherwise() ? "else" : b.queryValues().stream().map(Value::python).collect(Collectors.joining(", "));
      String key =
          switch (b.match()) {
            case EQUALS -> b.keyValue().python();
            case NEVER -> "never";
            case ALWAYS -> "always";
          };
      rows.add(new PredicateRow(query, key));
    }
    return new HeadTable(h.name(), h.numerical(), h.layer(), h.query(), h.key(), h.value(), rows, h.predicate().opaque());
  }

  private static MlpTable mlpTable(Mlp m) {
    int tuples = m.rows().stream().mapToInt(r -> r.inputs().size()).sum();
    String fallback = m.defaultOutput() == null ? "none" : m.defaultOutput().python();
    return new MlpTable(m.name(), m.numerical(), m.layer(), m.inputs(), m.rows().size(), tuples, fallback, m.opaque());
  }

  /** A problem's sentence with the program named by its file name, so reports do not depend on where they were made. */
  private static String relative(ProgramProblem p, String source) {
    String sentence = p.sentence();
    return source == null || source.isEmpty() ? sentence : sentence.replace(source, fileName(source));
  }

  static String fileName(String source) {
    if (source == null || source.isEmpty()) {
      return "";
    }
    Path name = Path.of(source).getFileName();
    return name == null ? source : name.toString();
  }
}
