package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramProblem;
import java.util.List;

/**
 * Everything static analysis finds in one program, ready for JSON and for the reports module: the problems met while
 * reading it, its summary, its components as read (heads with their predicates, MLPs with their tables, the
 * classifier's features), the dataflow graph (nodes in program order, edges sorted), value sets, the circuit of the
 * whole classifier and of each class, dead code and constant variables. Deterministic: equal inputs give equal JSON.
 */
public record StaticReport(
    String source,
    ProgramFormat format,
    List<ProgramProblem> problems,
    ProgramSummary summary,
    List<Head> heads,
    List<Mlp> mlps,
    List<ClassifierFeature> features,
    List<GraphNode> nodes,
    List<RoleEdge> edges,
    ValueSets valueSets,
    Circuit classifierCircuit,
    List<Circuit> circuits,
    List<Finding> deadCode,
    List<Finding> constants) {
  public StaticReport {
    problems = List.copyOf(problems);
    heads = List.copyOf(heads);
    mlps = List.copyOf(mlps);
    features = List.copyOf(features);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    circuits = List.copyOf(circuits);
    deadCode = List.copyOf(deadCode);
    constants = List.copyOf(constants);
  }
}
