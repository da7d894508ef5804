package io.tprog.analyzer.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.DotExporter;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramProblem;
import io.tprog.analyzer.program.ProgramReadResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every static analysis on a program that has been read, and writes the report as JSON. */
public final class StaticAnalyzer {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private StaticAnalyzer() {}

  public static StaticReport analyze(ProgramReadResult read) {
    ProgramModel model = read.model();
    DataflowGraph graph = DataflowGraph.of(model);
    ValueSets values = new ValueSetInference(graph).infer();
    CircuitFinder circuits = new CircuitFinder(graph, values);
    List<ProgramProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(graph.problems());
    ProgramSummary summary =
        new ProgramSummary(
            model.header(),
            model.layers(),
            (int) model.heads().stream().filter(h -> !h.numerical()).count(),
            (int) model.heads().stream().filter(h -> h.numerical()).count(),
            (int) model.mlps().stream().filter(m -> !m.numerical()).count(),
            (int) model.mlps().stream().filter(m -> m.numerical()).count(),
            circuits.classes(),
            model.weights() == null ? null : model.weights().file().getFileName().toString());
    return new StaticReport(
        model.source(),
        model.format(),
        problems.stream().sorted().distinct().toList(),
        summary,
        model.heads(),
        model.mlps(),
        model.features(),
        graph.nodes(),
        graph.edges(),
        values,
        circuits.circuit(null),
        circuits.circuits(),
        new DeadCodeFinder(graph, values).find().findings(),
        new ConstantVariables(graph, values).find());
  }

  /** The heads feeding one output (see {@link HeadsFeeding#of}). */
  public static HeadsFeedingResult headsFeeding(ProgramReadResult read, String output) {
    DataflowGraph graph = DataflowGraph.of(read.model());
    return new HeadsFeeding(graph, new ValueSetInference(graph).infer()).of(output);
  }

  /**
   * The dataflow graph in DOT with one circuit highlighted: the class's, or the whole classifier's when
   * {@code classLabel} is null.
   *
   * @throws UnknownOutputException when the class is not one of the program's
   */
  public static String dot(ProgramReadResult read, String classLabel) {
    DataflowGraph graph = DataflowGraph.of(read.model());
    CircuitFinder circuits = new CircuitFinder(graph, new ValueSetInference(graph).infer());
    if (classLabel != null && !circuits.classes().contains(classLabel)) {
      throw new UnknownOutputException(
          "'" + classLabel + "' is not a class of " + read.model().source() + "; classes are " + circuits.classes());
    }
    Circuit circuit = circuits.circuit(classLabel);
    Set<String> nodes = new HashSet<>();
    circuit.components().forEach(c -> nodes.add(c.id()));
    nodes.add(DataflowGraph.CLASSIFIER);
    return DotExporter.export(graph, nodes, new HashSet<>(circuit.edges()));
  }

  /** The report as indented JSON with sorted map keys. */
  public static String json(Object result) {
    try {
      return JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a static analysis result could not be written as JSON", e);
    }
  }
}
