package io.tprog.analyzer.graph;

import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.ExtraStatement;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * The dataflow graph of one program (see the package documentation). Nodes are kept in program order, which is a
 * topological order: an edge is only added from a definition to a later reader, and a read of a variable that is
 * undefined or defined later becomes a problem instead of an edge.
 */
public final class DataflowGraph {
  /** The id of the classifier node. */
  public static final String CLASSIFIER = "classifier";

  private final ProgramModel model;
  private final Graph<String, RoleEdge> graph;
  private final Map<String, GraphNode> nodes;
  private final Map<String, String> nodeOfVariable;
  private final List<ProgramProblem> problems;

  private DataflowGraph(
      ProgramModel model,
      Graph<String, RoleEdge> graph,
      Map<String, GraphNode> nodes,
      Map<String, String> nodeOfVariable,
      List<ProgramProblem> problems) {
    this.model = model;
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.nodes = Collections.unmodifiableMap(nodes);
    this.nodeOfVariable = Collections.unmodifiableMap(nodeOfVariable);
    this.problems = problems.stream().sorted().toList();
  }

  /** Builds the graph of a program model. */
  public static DataflowGraph of(ProgramModel model) {
    List<GraphNode> defined = new ArrayList<>();
    for (Embedding e : model.embeddings()) {
      defined.add(new GraphNode(e.name(), NodeKind.EMBEDDING, -1, e.name(), e.line()));
    }
    for (Head h : model.heads()) {
      defined.add(new GraphNode(h.name(), h.numerical() ? NodeKind.NUMERICAL_HEAD : NodeKind.HEAD, h.layer(), h.output(), h.line()));
    }
    for (Mlp m : model.mlps()) {
      defined.add(new GraphNode(m.name(), m.numerical() ? NodeKind.NUMERICAL_MLP : NodeKind.MLP, m.layer(), m.output(), m.line()));
    }
    Builder b = new Builder(model);
    Map<String, String> owners = model.variableOwners();
    for (ExtraStatement s : model.extras()) {
      if (s.defines() != null && owners.get(s.defines()).equals(s.defines())) {
        defined.add(new GraphNode(s.defines(), NodeKind.VARIABLE, 0, s.defines(), s.line()));
      }
    }
    defined.sort(Comparator.comparingInt(GraphNode::line).thenComparingInt(GraphNode::layer));
    int layer = -1;
    for (GraphNode n : defined) {
      // A user's variable belongs to the layer of the component written just before it.
      if (n.kind() == NodeKind.VARIABLE) {
        n = new GraphNode(n.id(), n.kind(), layer, n.variable(), n.line());
      }
      layer = n.layer();
      b.add(n);
    }
    b.add(new GraphNode(CLASSIFIER, NodeKind.CLASSIFIER, model.layers(), null, model.classifierLine()));
    for (Head h : model.heads()) {
      b.edge(h.query(), h.name(), Role.QUERY, 0, h.line());
      b.edge(h.key(), h.name(), Role.KEY, 0, h.line());
      b.edge(h.value(), h.name(), Role.VALUE, 0, h.line());
    }
    for (Mlp m : model.mlps()) {
      for (int i = 0; i < m.inputs().size(); i++) {
        b.edge(m.inputs().get(i), m.name(), Role.MLP_INPUT, i, m.line());
      }
    }
    for (Embedding e : model.embeddings()) {
      // A word embedding looks up words that run prepared from the tokens: those statements feed it.
      for (String r : e.reads()) {
        b.edge(r, e.name(), Role.USE, 0, e.line());
      }
    }
    for (ExtraStatement s : model.extras()) {
      if (s.defines() != null && b.nodes.containsKey(s.defines())) {
        for (String r : s.reads()) {
          b.edge(r, s.defines(), Role.USE, 0, s.line());
        }
      }
    }
    List<ClassifierFeature> features = model.features();
    for (int i = 0; i < features.size(); i++) {
      b.edge(features.get(i).variable(), CLASSIFIER, Role.FEATURE, i, features.get(i).line());
    }
    return new DataflowGraph(model, b.graph(), b.nodes, b.nodeOfVariable, b.problems);
  }

  /** Collects nodes and edges, turning unresolvable reads into problems. */
  private static final class Builder {
    final ProgramModel model;
    final List<RoleEdge> edges = new ArrayList<>();
    final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    final Map<String, String> nodeOfVariable = new LinkedHashMap<>();
    final List<ProgramProblem> problems = new ArrayList<>();

    Builder(ProgramModel model) {
      this.model = model;
    }

    void add(GraphNode n) {
      if (nodes.containsKey(n.id())) {
        problems.add(new ProgramProblem(model.source(), n.line(), 1, n.id() + " is defined twice; the first definition is kept"));
        return;
      }
      nodes.put(n.id(), n);
      if (n.variable() != null) {
        nodeOfVariable.put(n.variable(), n.id());
      }
    }

    void edge(String variable, String target, Role role, int argument, int line) {
      String source = nodeOfVariable.get(variable);
      if (source == null) {
        problems.add(
            new ProgramProblem(model.source(), line, 1, target + " reads '" + variable + "', which run does not define"));
        return;
      }
      if (nodes.get(source).line() >= line && line > 0) {
        problems.add(
            new ProgramProblem(
                model.source(), line, 1, target + " reads '" + variable + "' before line " + nodes.get(source).line() + " assigns it"));
        return;
      }
      edges.add(new RoleEdge(source, target, role, argument));
    }

    /** The graph, its edges added in sorted order so that JGraphT iterates every node's edges sorted. */
    Graph<String, RoleEdge> graph() {
      Graph<String, RoleEdge> graph = new DirectedMultigraph<>(null, null, false);
      nodes.keySet().forEach(graph::addVertex);
      edges.stream().sorted().forEach(e -> graph.addEdge(e.source(), e.target(), e));
      return graph;
    }
  }

  public ProgramModel model() {
    return model;
  }

  /**
   * The JGraphT view of the graph (unmodifiable): vertex ids are node ids, in program order, and every node's incoming
   * and outgoing edges iterate in their sorted order, so traversals break ties deterministically.
   */
  public Graph<String, RoleEdge> jgrapht() {
    return graph;
  }

  /** Nodes in program order, which is topological; the classifier is last. */
  public List<GraphNode> nodes() {
    return List.copyOf(nodes.values());
  }

  public Optional<GraphNode> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /** The node that defines a variable ({@code attn_0_1_outputs} -> {@code attn_0_1}). */
  public Optional<String> nodeOfVariable(String variable) {
    return Optional.ofNullable(nodeOfVariable.get(variable));
  }

  /** A node id from a node id or the name of the variable it defines. */
  public Optional<String> resolve(String nodeOrVariable) {
    if (nodes.containsKey(nodeOrVariable)) {
      return Optional.of(nodeOrVariable);
    }
    return nodeOfVariable(nodeOrVariable);
  }

  /** The edges into a node, sorted. */
  public List<RoleEdge> incoming(String id) {
    return graph.incomingEdgesOf(id).stream().sorted().toList();
  }

  /** The edges out of a node, sorted. */
  public List<RoleEdge> outgoing(String id) {
    return graph.outgoingEdgesOf(id).stream().sorted().toList();
  }

  /** Every edge, sorted. */
  public List<RoleEdge> edges() {
    return graph.edgeSet().stream().sorted().toList();
  }

  public boolean acyclic() {
    return !new CycleDetector<>(graph).detectCycles();
  }

  /** Reads that could not become edges (an undefined variable, a read before the assignment, a name defined twice). */
  public List<ProgramProblem> problems() {
    return problems;
  }
}
