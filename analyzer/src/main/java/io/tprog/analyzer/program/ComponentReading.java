package io.tprog.analyzer.program;

import io.tprog.format.ComponentNames;
import io.tprog.grammar.ast.Arg;
import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.Comprehension;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.ListComp;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The heads and MLPs of run, which both formats write alike (program-format.md): a head as its predicate function,
 * {@code attn_L_H_pattern = select_closest(...)} and {@code attn_L_H_outputs = aggregate(...)}; an MLP as its table
 * function and {@code mlp_L_M_outputs} applying it at every position. A predicate's chain is read by
 * {@link PredicateReading}, an MLP's table by {@link TableReading}.
 */
final class ComponentReading {
  private final ProblemSink problems;
  private final Map<String, FunctionDef> functions = new HashMap<>();
  private final Map<String, PatternCall> patterns = new HashMap<>();
  final List<Head> heads = new ArrayList<>();
  final List<Mlp> mlps = new ArrayList<>();

  ComponentReading(ProblemSink problems) {
    this.problems = problems;
  }

  /** The select call of a head's pattern assignment. */
  private record PatternCall(String keys, String queries, String predicate, boolean numerical, int line) {}

  /** The function an MLP's outputs apply and the variables it is applied to, in argument order. */
  private record MlpCall(String function, List<String> inputs) {}

  /** A function run defines: a predicate or an MLP's table, for the components after it. */
  void function(FunctionDef f) {
    functions.put(f.name(), f);
  }

  /**
   * Reads an assignment of run that is part of a head or an MLP, named as one; false when it is none, or when it
   * does not fit the shape (then a problem says why).
   */
  boolean assignment(Assign a, String target) {
    Optional<String> patternOf = ComponentNames.headOfPattern(target);
    Optional<String> outputsOf = ComponentNames.componentOfOutputs(target);
    if (patternOf.isPresent()) {
      return selectCall(a, patternOf.get());
    }
    if (outputsOf.isEmpty()) {
      return false;
    }
    return ComponentNames.isHead(outputsOf.get()) ? head(a, outputsOf.get()) : mlp(a, outputsOf.get());
  }

  static boolean isCall(Call c, String function) {
    return c.func() instanceof Name n && n.id().equals(function);
  }

  private static Optional<String> name(Expr e) {
    return e instanceof Name n ? Optional.of(n.id()) : Optional.empty();
  }

  /** {@code attn_L_H_pattern = select_closest(keys, queries, predicate_L_H)} (or {@code select}). */
  private boolean selectCall(Assign a, String head) {
    if (!(a.value() instanceof Call c) || !(isCall(c, "select_closest") || isCall(c, "select"))
        || c.args().size() != 3 || c.args().stream().anyMatch(x -> !(x instanceof Name))) {
      problems.at(a.value(), head + "_pattern must be select_closest(keys, queries, predicate) or select(keys, queries, predicate) over variables of run");
      return false;
    }
    patterns.put(
        head,
        new PatternCall(
            name(c.args().get(0)).orElseThrow(),
            name(c.args().get(1)).orElseThrow(),
            name(c.args().get(2)).orElseThrow(),
            isCall(c, "select"),
            a.range().line()));
    return true;
  }

  /** {@code attn_L_H_outputs = aggregate(attn_L_H_pattern, values)} (or {@code aggregate_sum}). */
  private boolean head(Assign a, String name) {
    if (!(a.value() instanceof Call c) || !(isCall(c, "aggregate") || isCall(c, "aggregate_sum")) || c.args().size() != 2
        || !(c.args().get(0) instanceof Name p) || !(c.args().get(1) instanceof Name v)) {
      problems.at(a.value(), name + "_outputs must be aggregate(" + name + "_pattern, values) or aggregate_sum(" + name + "_pattern, values)");
      return false;
    }
    PatternCall call = patterns.get(name);
    if (call == null || !p.id().equals(ComponentNames.pattern(name))) {
      problems.at(c.args().get(0), name + "_outputs must aggregate " + name + "_pattern, assigned before it by select_closest or select");
      return false;
    }
    boolean numerical = isCall(c, "aggregate_sum");
    ComponentNames.Parsed parsed = ComponentNames.parse(name).orElseThrow();
    if (numerical != call.numerical() || numerical != parsed.numerical()) {
      problems.at(a.value(), name + " mixes categorical and numerical attention: a categorical head uses select_closest and aggregate, a numerical head (num_attn_L_H) select and aggregate_sum");
    }
    Predicate predicate = predicate(call.predicate(), call.line());
    Head head =
        new Head(
            name,
            parsed.numerical() ? Head.Kind.NUMERICAL : Head.Kind.CATEGORICAL,
            parsed.layer(),
            parsed.index(),
            call.queries(),
            call.keys(),
            v.id(),
            ComponentNames.outputs(name),
            predicate,
            a.range().line());
    if (predicate.queryArgument() != null && !ComponentNames.argumentTakes(predicate.queryArgument(), call.queries())) {
      problems.at(call.line(), 1, name + " takes queries from " + call.queries() + ", but " + predicate.function() + "'s query argument " + predicate.queryArgument() + " names another variable");
    }
    if (predicate.keyArgument() != null && !ComponentNames.argumentTakes(predicate.keyArgument(), call.keys())) {
      problems.at(call.line(), 1, name + " takes keys from " + call.keys() + ", but " + predicate.function() + "'s key argument " + predicate.keyArgument() + " names another variable");
    }
    heads.add(head);
    return true;
  }

  private Predicate predicate(String function, int line) {
    FunctionDef f = functions.get(function);
    if (f == null) {
      problems.at(line, 1, "the predicate " + function + " is not defined in run before it is used");
      return new Predicate(function, null, null, List.of(), true, line);
    }
    List<Arg> args = f.args().args();
    if (args.size() != 2) {
      problems.at(f, "the predicate " + function + " must take two arguments, the query value and the key value");
      return new Predicate(function, null, null, List.of(), true, f.range().line());
    }
    PredicateReading r = new PredicateReading(args.get(0).arg(), args.get(1).arg(), function, problems);
    r.block(f.body());
    return new Predicate(function, args.get(0).arg(), args.get(1).arg(), r.branches, r.opaque, f.range().line());
  }

  /** {@code mlp_L_M_outputs = [mlp_L_M(a, b) for a, b in zip(x, y)]} or {@code list(map(mlp_L_M, x, y))}. */
  private boolean mlp(Assign a, String name) {
    Optional<MlpCall> call = mlpCall(a.value());
    if (call.isEmpty()) {
      problems.at(a.value(), name + "_outputs must apply " + name + " at every position: [" + name + "(a, b) for a, b in zip(x, y)]");
      return false;
    }
    if (!call.get().function().equals(name)) {
      problems.at(a.value(), name + "_outputs must apply the function " + name + ", not " + call.get().function());
      return false;
    }
    ComponentNames.Parsed parsed = ComponentNames.parse(name).orElseThrow();
    FunctionDef f = functions.get(name);
    List<String> inputs = call.get().inputs();
    if (f == null) {
      problems.at(a, "the MLP function " + name + " is not defined in run before it is used");
      mlps.add(new Mlp(name, kind(parsed), parsed.layer(), parsed.index(), inputs, List.of(), List.of(), null, 0, ComponentNames.outputs(name), true, a.range().line()));
      return true;
    }
    List<String> arguments = f.args().args().stream().map(Arg::arg).toList();
    if (arguments.size() != inputs.size()) {
      problems.at(a, name + " takes " + arguments.size() + " arguments but is applied to " + inputs.size() + " variables");
    }
    for (int i = 0; i < Math.min(arguments.size(), inputs.size()); i++) {
      if (!ComponentNames.argumentTakes(arguments.get(i), inputs.get(i))) {
        problems.at(a, name + "'s argument " + arguments.get(i) + " names another variable than its input " + inputs.get(i));
      }
    }
    TableReading table = new TableReading(name, arguments, problems);
    table.block(f.body());
    if (table.defaultOutput == null && !table.opaque) {
      table.fail(f, name + " must end with 'return <default>'");
    }
    mlps.add(
        new Mlp(
            name,
            kind(parsed),
            parsed.layer(),
            parsed.index(),
            inputs,
            arguments,
            table.rows,
            table.defaultOutput,
            table.defaultLine,
            ComponentNames.outputs(name),
            table.opaque,
            a.range().line()));
    return true;
  }

  private static Mlp.Kind kind(ComponentNames.Parsed parsed) {
    return parsed.numerical() ? Mlp.Kind.NUMERICAL : Mlp.Kind.CATEGORICAL;
  }

  private static Optional<MlpCall> mlpCall(Expr value) {
    if (value instanceof Call outer && isCall(outer, "list") && outer.args().size() == 1
        && outer.args().get(0) instanceof Call map && isCall(map, "map") && map.args().size() >= 2
        && map.args().stream().allMatch(x -> x instanceof Name)) {
      List<String> names = map.args().stream().map(x -> ((Name) x).id()).toList();
      return Optional.of(new MlpCall(names.get(0), names.subList(1, names.size())));
    }
    if (!(value instanceof ListComp lc) || lc.generators().size() != 1 || !(lc.elt() instanceof Call call)
        || !(call.func() instanceof Name fn)) {
      return Optional.empty();
    }
    Comprehension g = lc.generators().get(0);
    List<String> targets = new ArrayList<>();
    if (g.target() instanceof Name n) {
      targets.add(n.id());
    } else if (g.target() instanceof Tuple t && t.elts().stream().allMatch(x -> x instanceof Name)) {
      t.elts().forEach(x -> targets.add(((Name) x).id()));
    } else {
      return Optional.empty();
    }
    List<String> sources = new ArrayList<>();
    if (g.iter() instanceof Name n && targets.size() == 1) {
      sources.add(n.id());
    } else if (g.iter() instanceof Call zip && isCall(zip, "zip") && zip.args().size() == targets.size()
        && zip.args().stream().allMatch(x -> x instanceof Name)) {
      zip.args().forEach(x -> sources.add(((Name) x).id()));
    } else {
      return Optional.empty();
    }
    List<String> inputs = new ArrayList<>();
    for (Expr arg : call.args()) {
      int i = arg instanceof Name n ? targets.indexOf(n.id()) : -1;
      if (i < 0) {
        return Optional.empty();
      }
      inputs.add(sources.get(i));
    }
    return Optional.of(new MlpCall(fn.id(), inputs));
  }
}
