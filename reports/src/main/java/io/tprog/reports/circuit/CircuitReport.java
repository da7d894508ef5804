package io.tprog.reports.circuit;

import io.tprog.analyzer.analysis.Finding;
import io.tprog.analyzer.graph.RoleEdge;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything the circuit report shows, as plain data: this record is {@code report.json}, and the Markdown and HTML
 * pages are renderings of it. Lists are in program order (components) or class order (circuits), so the JSON is
 * deterministic. {@code ablation} is null when no dataset was given; {@code plots} is empty without training curves.
 */
public record CircuitReport(
    String program,
    String format,
    SortedMap<String, String> configuration,
    Shape shape,
    List<Figure> accuracy,
    List<String> classes,
    List<Node> nodes,
    List<RoleEdge> edges,
    List<String> circuitHeads,
    List<ClassCircuit> classCircuits,
    List<HeadTable> heads,
    List<MlpTable> mlps,
    List<Finding> deadCode,
    List<Finding> constants,
    AblationTable ablation,
    List<String> plots,
    List<String> problems) {

  public CircuitReport {
    accuracy = List.copyOf(accuracy);
    classes = List.copyOf(classes);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    circuitHeads = List.copyOf(circuitHeads);
    classCircuits = List.copyOf(classCircuits);
    heads = List.copyOf(heads);
    mlps = List.copyOf(mlps);
    deadCode = List.copyOf(deadCode);
    constants = List.copyOf(constants);
    plots = List.copyOf(plots);
    problems = List.copyOf(problems);
  }

  /** The program's size: layers and components per kind. */
  public record Shape(int layers, int heads, int numericalHeads, int mlps, int numericalMlps) {}

  /** One accuracy or agreement figure and where it comes from ({@code header}, {@code metrics}, {@code data}). */
  public record Figure(String source, String name, double value) {}

  /** A node of the dataflow graph: canonical id, kind ({@code head}, {@code mlp}, ...) and layer. */
  public record Node(String id, String kind, int layer) {}

  /**
   * The circuit of one class: the features that can and cannot change its rank, every node on it (ending with the
   * classifier), the edges on it, and the heads feeding it, each with one role path.
   */
  public record ClassCircuit(
      String classLabel,
      List<String> feedingFeatures,
      List<String> nonFeedingFeatures,
      List<String> nodes,
      List<RoleEdge> edges,
      List<FeedingHead> heads) {
    public ClassCircuit {
      feedingFeatures = List.copyOf(feedingFeatures);
      nonFeedingFeatures = List.copyOf(nonFeedingFeatures);
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
      heads = List.copyOf(heads);
    }
  }

  /** A head upstream of a class, and one role path from it to the class. */
  public record FeedingHead(String head, int layer, String path) {}

  /** A head's reads and its predicate as a table; {@code opaque} when part of the predicate did not fit the shape. */
  public record HeadTable(
      String name, boolean numerical, int layer, String query, String key, String value, List<PredicateRow> predicate, boolean opaque) {
    public HeadTable {
      predicate = List.copyOf(predicate);
    }
  }

  /**
   * One branch of a predicate: the query values it covers ({@code else} for the final branch) and the key values
   * they match: one value, {@code never} or {@code always}.
   */
  public record PredicateRow(String queryValues, String keyValue) {}

  /**
   * An MLP: its inputs, how many branches its lookup has, how many input tuples those branches cover (the table
   * size), and the default output every other tuple gets.
   */
  public record MlpTable(
      String name, boolean numerical, int layer, List<String> inputs, int branches, int tableSize, String defaultOutput, boolean opaque) {
    public MlpTable {
      inputs = List.copyOf(inputs);
    }
  }
}
