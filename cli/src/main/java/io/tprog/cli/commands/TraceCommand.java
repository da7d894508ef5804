package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.run.Breakdown;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.analyzer.run.Programs;
import io.tprog.analyzer.trace.Failure;
import io.tprog.analyzer.trace.FailureGroup;
import io.tprog.analyzer.trace.FailureGroups;
import io.tprog.analyzer.trace.FeaturePush;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.Provenance;
import io.tprog.analyzer.trace.ProvenanceStep;
import io.tprog.analyzer.trace.PythonText;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.Tracer;
import io.tprog.analyzer.trace.WrongPosition;
import io.tprog.cli.UserError;
import io.tprog.reports.trace.ProvenanceNode;
import io.tprog.reports.trace.TraceReportWriter;
import io.tprog.reports.trace.TracedInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog trace}: one input (or every failing example) through every variable of a program. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Trace one input through every variable of a program: each variable at each position, the key position each "
          + "categorical head selected (numerical heads: how many keys matched), the prediction against --expect, "
          + "and for each wrong position the classifier breakdown and the provenance tree.",
      "With --data FILE --failing: every misclassified example, grouped by the first component on its provenance "
          + "path whose output differs from the nearest passing example's, biggest group first."
    })
public final class TraceCommand implements Callable<Integer> {
  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program (its weights file beside it).")
  Path program;

  static final class Source {
    @Option(names = "--input", required = true, paramLabel = "TOKENS", description = "The input, tokens separated by spaces, e.g. \"<s> 3 1 4\".")
    String input;

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "A dataset; with --failing, trace its misclassified examples.")
    Path data;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--expect", paramLabel = "LABELS", description = "The expected label at each position (with --input), e.g. \"<pad> 1 3 4\".")
  String expect;

  @Option(names = "--failing", description = "With --data: trace and group the misclassified examples.")
  boolean failing;

  @Option(names = "--split", paramLabel = "NAME", description = "With --data: only this split's examples (default: all).")
  String split;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "With --failing: how many failing examples the report shows in full (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the trace report (trace.md, trace.html) into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ProgramReadResult read = ReportCommand.readProgram(program);
    ReportCommand.warn(spec.commandLine().getErr(), read.problems());
    ProgramModel model = read.model();
    TraceInputs.requireRunnable(model, program);
    if (source.data != null) {
      if (!failing) {
        throw new UserError("--data traces the misclassified examples of a dataset: add --failing (or trace one input with --input)", 2);
      }
      if (expect != null) {
        throw new UserError("--expect goes with --input; a dataset's examples carry their own labels", 2);
      }
      return failing(model);
    }
    if (failing) {
      throw new UserError("--failing needs --data FILE.jsonl", 2);
    }
    List<String> tokens = TraceInputs.tokens(source.input, "--input", model, program);
    List<String> expected = TraceInputs.expected(expect, tokens);
    Trace trace = TraceInputs.trace(program, read, tokens, expected);
    Provenance provenance = new Provenance(model);
    Map<Integer, ProvenanceStep> trees = new LinkedHashMap<>();
    for (WrongPosition w : trace.wrong()) {
      trees.put(w.position(), provenance.of(trace, w.position()));
    }
    PrintWriter o = spec.commandLine().getOut();
    if (print.json) {
      ObjectNode node = EvalCommand.json().createObjectNode();
      node.put("program", program.toString());
      node.set("trace", EvalCommand.json().valueToTree(trace));
      ObjectNode provenanceNode = node.putObject("provenance");
      trees.forEach((p, t) -> provenanceNode.set(Integer.toString(p), EvalCommand.json().valueToTree(t)));
      o.println(EvalCommand.json().writeValueAsString(node));
    } else {
      print(o, trace, trees);
    }
    if (out != null) {
      TraceReportWriter.write(program.getFileName().toString(), List.of(traced(trace, trees)), out);
      (print.json ? spec.commandLine().getErr() : o).println("wrote " + out.resolve(TraceReportWriter.HTML) + " and " + out.resolve(TraceReportWriter.MARKDOWN));
    }
    o.flush();
    return 0;
  }

  private int failing(ProgramModel model) throws Exception {
    List<Example> examples = EvalCommand.examples(source.data, split);
    var loaded = Programs.load(program);
    Tracer tracer = new Tracer(loaded, model);
    List<FailureGroup> groups;
    try (ProgressBars bars = ProgressBars.unless(print.noProgress)) {
      Evaluation evaluation = new Evaluator(loaded).evaluate(examples, bars);
      groups = FailureGroups.group(model, evaluation, some -> {
        List<Trace> traces = new ArrayList<>();
        int chunk = 200;
        for (int from = 0; from < some.size(); from += chunk) {
          traces.addAll(tracer.traceAll(some.subList(from, Math.min(some.size(), from + chunk))));
          bars.at("tracing failures and their neighbours", traces.size(), some.size());
        }
        return traces;
      });
    }
    int failures = groups.stream().mapToInt(FailureGroup::size).sum();
    PrintWriter o = spec.commandLine().getOut();
    if (print.json) {
      ObjectNode node = EvalCommand.json().createObjectNode();
      node.put("program", program.toString());
      node.put("data", source.data.toString());
      node.put("examples", examples.size());
      node.put("misclassified", failures);
      ObjectNode lengths = node.putObject("failing_by_length");
      failingByLength(groups).forEach((length, count) -> lengths.put(Integer.toString(length), count));
      ArrayNode array = node.putArray("groups");
      for (FailureGroup g : groups) {
        ObjectNode group = array.addObject();
        group.put("component", g.component());
        group.put("examples", g.size());
        group.put("explanation", g.explanation());
        ArrayNode list = group.putArray("failures");
        for (Failure f : g.failures()) {
          ObjectNode one = list.addObject();
          one.putPOJO("tokens", f.trace().tokens());
          one.put("position", f.position());
          WrongPosition w = f.trace().wrong().get(0);
          one.put("predicted", w.predicted());
          one.put("expected", w.expected());
          one.putPOJO("neighbour", f.neighbour() == null ? null : f.neighbour().tokens());
        }
      }
      o.println(EvalCommand.json().writeValueAsString(node));
    } else {
      o.printf(Locale.ROOT, "%s on %s: %d of %d examples misclassified, in %d %s%n", program, source.data, failures, examples.size(),
          groups.size(), groups.size() == 1 ? "group" : "groups");
      if (failures > 0) {
        o.println("misclassified examples by input length (tokens other than <s> and </s>): " + failingByLength(groups).entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
      }
      for (FailureGroup g : groups) {
        o.printf(Locale.ROOT, "%n%-16s %d %s: %s%n", g.component(), g.size(), g.size() == 1 ? "example" : "examples", g.explanation());
        for (Failure f : g.failures().subList(0, Math.min(3, g.size()))) {
          WrongPosition w = f.trace().wrong().get(0);
          o.printf(Locale.ROOT, "  %s  position %d: predicted %s, expected %s%s%n", String.join(" ", f.trace().tokens()), f.position(),
              PythonText.of(w.predicted()), PythonText.of(w.expected()),
              f.neighbour() == null ? "" : "; nearest passing: " + String.join(" ", f.neighbour().tokens()));
        }
      }
    }
    if (out != null) {
      Provenance provenance = new Provenance(model);
      List<TracedInput> shown = new ArrayList<>();
      for (FailureGroup g : groups) {
        for (Failure f : g.failures()) {
          if (shown.size() < limit) {
            shown.add(traced(f.trace(), Map.of(f.position(), provenance.of(f.trace(), f.position()))));
          }
        }
      }
      TraceReportWriter.write(program.getFileName().toString(), shown, groups, out);
      (print.json ? spec.commandLine().getErr() : o).println("wrote " + out.resolve(TraceReportWriter.HTML) + " and " + out.resolve(TraceReportWriter.MARKDOWN));
    }
    o.flush();
    return 0;
  }

  /** How many misclassified examples each input length has, shortest first. */
  private static Map<Integer, Integer> failingByLength(List<FailureGroup> groups) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    groups.forEach(g -> g.failures().forEach(f -> counts.merge(Breakdown.inputLength(f.trace().tokens()), 1, Integer::sum)));
    return counts;
  }

  private static TracedInput traced(Trace trace, Map<Integer, ProvenanceStep> trees) {
    Map<Integer, ProvenanceNode> nodes = new LinkedHashMap<>();
    trees.forEach((p, t) -> nodes.put(p, TraceReportWriter.node(t)));
    return new TracedInput(trace, nodes);
  }

  private static void print(PrintWriter o, Trace t, Map<Integer, ProvenanceStep> trees) {
    int n = t.tokens().size();
    List<String> names = new ArrayList<>(t.variables());
    int width = Math.max(12, names.stream().mapToInt(String::length).max().orElse(0) + 2);
    List<String[]> rows = new ArrayList<>();
    for (String v : t.variables()) {
      rows.add(row(v, t.values().get(v).stream().map(PythonText::of).toList(), n));
    }
    rows.add(row("prediction", t.predictions(), n));
    if (!t.expected().isEmpty()) {
      rows.add(row("expected", t.expected(), n));
      String[] marks = new String[n + 1];
      marks[0] = "wrong";
      for (int p = 0; p < n; p++) {
        final int q = p;
        marks[p + 1] = t.wrong().stream().anyMatch(w -> w.position() == q) ? "✗" : "";
      }
      rows.add(marks);
    }
    for (HeadSelection h : t.heads()) {
      rows.add(row(h.head() + (h.numerical() ? " #" : " ->"), h.perQuery().stream().map(String::valueOf).toList(), n));
    }
    int cell = 3;
    for (String[] r : rows) {
      for (int i = 1; i < r.length; i++) {
        cell = Math.max(cell, r[i].length() + 1);
      }
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "position"));
    for (int p = 0; p < n; p++) {
      header.append(String.format(Locale.ROOT, "%" + cell + "s", p));
    }
    o.println(header);
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", r[0]));
      for (int i = 1; i < r.length; i++) {
        line.append(String.format(Locale.ROOT, "%" + cell + "s", r[i]));
      }
      o.println(line.toString().stripTrailing());
    }
    o.println("(a head's row: -> the key position each query selected; # how many keys matched)");
    if (t.expected().isEmpty()) {
      o.println("no --expect given: nothing to compare the predictions with");
    } else if (t.wrong().isEmpty()) {
      o.println("every scored position is right");
    }
    for (WrongPosition w : t.wrong()) {
      o.printf(Locale.ROOT, "%nposition %d: predicted %s, expected %s%n", w.position(), PythonText.of(w.predicted()), PythonText.of(w.expected()));
      if (!w.pushes().isEmpty()) {
        o.printf(Locale.ROOT, "  features pushing %s over %s:%n", PythonText.of(w.predicted()), PythonText.of(w.expected()));
        for (FeaturePush f : w.pushes().subList(0, Math.min(8, w.pushes().size()))) {
          o.printf(Locale.ROOT, "    %-28s %-10s %+.4f%n", f.feature(), f.value(), f.push());
        }
      }
      ProvenanceStep tree = trees.get(w.position());
      if (tree != null) {
        o.println("  provenance:");
        printTree(o, tree, 2);
      }
    }
  }

  static void printTree(PrintWriter o, ProvenanceStep s, int depth) {
    o.println("  ".repeat(depth) + "- " + s.label());
    for (ProvenanceStep c : s.children()) {
      printTree(o, c, depth + 1);
    }
  }

  private static String[] row(String name, List<String> values, int n) {
    String[] r = new String[n + 1];
    r[0] = name;
    for (int p = 0; p < n; p++) {
      r[p + 1] = p < values.size() ? values.get(p) : "";
    }
    return r;
  }
}
