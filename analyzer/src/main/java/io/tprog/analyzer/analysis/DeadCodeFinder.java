package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.NodeKind;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.PredicateBranch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dead variables and unreachable code (analysis.md): variables outside the circuit of every class (so no component on
 * the way to a prediction reads them and the classifier's weights cannot let them change one), predicates that never
 * match, predicate branches no query value reaches or whose key value no key takes, and MLP rows (and defaults) that
 * no combination of input values reaches.
 */
public final class DeadCodeFinder {
  private final DataflowGraph graph;
  private final ValueSets valueSets;
  private final CircuitFinder circuits;

  public DeadCodeFinder(DataflowGraph graph, ValueSets valueSets) {
    this.graph = graph;
    this.valueSets = valueSets;
    this.circuits = new CircuitFinder(graph, valueSets);
  }

  public DeadCode find() {
    List<Finding> findings = new ArrayList<>();
    Set<String> live = circuits.circuit(null).components().stream().map(CircuitComponent::id).collect(Collectors.toSet());
    for (GraphNode n : graph.nodes()) {
      if (n.kind() != NodeKind.CLASSIFIER && n.kind() != NodeKind.EMBEDDING && !live.contains(n.id())) {
        String why =
            graph.outgoing(n.id()).isEmpty()
                ? "nothing reads " + n.variable()
                : n.variable() + " reaches no class: nothing on its paths can change a prediction";
        findings.add(new Finding(Finding.Kind.DEAD, n.id(), n.line(), why));
      }
    }
    for (Head h : graph.model().heads()) {
      predicate(h, findings);
    }
    for (Mlp m : graph.model().mlps()) {
      table(m, findings);
    }
    return new DeadCode(findings);
  }

  private ValueSet input(String variable) {
    return graph.nodeOfVariable(variable).map(valueSets::of).orElse(ValueSet.unknown());
  }

  private void predicate(Head h, List<Finding> findings) {
    if (h.predicate() == null || h.predicate().opaque()) {
      return;
    }
    ValueSet queries = input(h.query());
    ValueSet keys = input(h.key());
    boolean never = TableReachability.neverMatches(h.predicate(), queries, keys);
    if (never) {
      findings.add(
          new Finding(
              Finding.Kind.NEVER_MATCHES,
              h.name(),
              h.predicate().line(),
              h.predicate().function() + " matches no key for any value of " + h.query()));
    }
    for (TableReachability.BranchState s : TableReachability.branches(h.predicate(), queries, keys)) {
      PredicateBranch b = s.branch();
      // A final fall-through 'return False' after a chain covering every query value is the emitter's
      // standard shape, not code anyone wrote to run: it is not reported.
      boolean fallThrough = b.otherwise() && b.match() == PredicateBranch.Match.NEVER;
      if (!s.reachable() && !fallThrough) {
        findings.add(
            new Finding(
                Finding.Kind.UNREACHABLE_BRANCH,
                h.name(),
                b.line(),
                "no value of " + h.query() + " reaches this branch of " + h.predicate().function()));
      } else if (!never && b.match() == PredicateBranch.Match.EQUALS && !s.canMatch()) {
        findings.add(
            new Finding(
                Finding.Kind.BRANCH_NEVER_MATCHES,
                h.name(),
                b.line(),
                h.key() + " never takes the value " + b.keyValue().python() + " this branch of "
                    + h.predicate().function() + " asks for"));
      }
    }
  }

  private void table(Mlp m, List<Finding> findings) {
    if (m.opaque()) {
      return;
    }
    List<ValueSet> inputs = m.inputs().stream().map(this::input).toList();
    TableReachability.TableState state = TableReachability.rows(m, inputs);
    for (int r = 0; r < m.rows().size(); r++) {
      if (!state.rowReachable().get(r)) {
        findings.add(
            new Finding(
                Finding.Kind.UNREACHABLE_ROW,
                m.name(),
                m.rows().get(r).line(),
                "no combination of " + String.join(", ", m.inputs()) + " values reaches this row of " + m.name()));
      }
    }
    if (!state.defaultReachable() && m.defaultOutput() != null) {
      findings.add(
          new Finding(
              Finding.Kind.UNREACHABLE_ROW,
              m.name(),
              m.defaultLine(),
              "every combination of " + String.join(", ", m.inputs()) + " values is covered before the default of " + m.name()));
    }
  }
}
