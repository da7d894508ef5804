package io.tprog.cli.commands;

import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.ComponentEffect;
import io.tprog.analyzer.ablation.OutputRanker;
import io.tprog.analyzer.ablation.OutputRanking;
import io.tprog.analyzer.analysis.HeadPath;
import io.tprog.analyzer.analysis.HeadsFeedingResult;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.cli.UserError;
import io.tprog.reports.trace.TraceConsole;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog heads}: The heads feeding an output (a variable or a class), statically or for one input. */
@Command(
    name = "heads",
    mixinStandardHelpOptions = true,
    description = {
      "The heads feeding an output (a variable or a class), statically or for one input.",
      "For a class, every head and MLP ranked by a static score (how far it can move the class's score against another "
          + "class through the classifier features it reaches) and, with --data, a dynamic one (the share of the positions "
          + "predicted as the class that change when it alone is ablated, and what they change to); disagreements are flagged."
    })
public final class HeadsCommand implements Callable<Integer> {
  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program (its weights file beside it).")
  Path program;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "NAME-or-CLASS",
      description = "A component (attn_1_0), a variable (attn_1_0_outputs), a class (class \"3\", or 3) or classifier.")
  String output;

  @Option(names = "--input", paramLabel = "TOKENS", description = "Heads that moved values for this input (dynamic).")
  String input;

  @Option(names = "--position", paramLabel = "I", description = "The position of --input to explain.")
  Integer position;

  @Option(
      names = "--data",
      paramLabel = "FILE.jsonl",
      description = "For a class: also rank components by ablation, the share of the positions predicted as the class that change when each is ablated alone.")
  Path data;

  @Option(names = "--split", paramLabel = "NAME", description = "With --data: only this split's examples (default: all).")
  String split;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (input != null || position != null) {
      return dynamic();
    }
    ProgramReadResult read = ReportCommand.readProgram(program);
    ReportCommand.warn(spec.commandLine().getErr(), read.problems());
    HeadsFeedingResult result;
    try {
      result = StaticAnalyzer.headsFeeding(read, output);
    } catch (UnknownOutputException e) {
      throw new UserError(e.getMessage(), 2);
    }
    boolean isClass = result.output().startsWith("class \"");
    if (data != null && !isClass) {
      throw new UserError("--data ranks the components feeding a class; " + output + " is not a class of " + program, 2);
    }
    OutputRanking ranking = null;
    if (isClass && read.model().weightsFile().isPresent()) {
      if (data != null) {
        TraceInputs.requireRunnable(read.model(), program);
      }
      Ablator ablator = new Ablator(program);
      OutputRanker ranker = new OutputRanker(ablator);
      String label = ranker.classOf(result.output());
      try (ProgressBars bars = ProgressBars.unless(print.noProgress || data == null)) {
        ranking = ranker.rank(label, data == null ? null : EvalCommand.examples(data, split), bars);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (print.json) {
      var node = EvalCommand.json().readTree(StaticAnalyzer.json(result));
      if (ranking != null) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("ranking", EvalCommand.json().valueToTree(ranking));
      }
      out.println(EvalCommand.json().writeValueAsString(node));
    } else {
      out.printf("%d heads feed %s%n", result.heads().size(), result.output());
      if (ranking == null) {
        for (HeadPath h : result.heads()) {
          out.printf("  %-14s layer %d: %s%n", h.head(), h.layer(), h.path());
        }
      } else {
        printRanking(out, ranking);
      }
    }
    out.flush();
    return 0;
  }

  /** The ranking as a table, with what its columns mean. */
  static void printRanking(PrintWriter out, OutputRanking r) {
    String label = io.tprog.analyzer.trace.PythonText.of(r.classLabel());
    out.printf(Locale.ROOT, "heads and MLPs ranked by what they do for class %s%s:%n", label,
        r.positions() == null ? " (static scores; add --data for ablation)"
            : String.format(Locale.ROOT, " on %d positions predicted %s in %d examples", r.positions(), label, r.examples()));
    out.printf(Locale.ROOT, "  %-14s %5s %9s %9s %13s  %-22s %s%n", "component", "layer", "static", "dynamic", "changed", "changed to", "through");
    for (ComponentEffect c : r.components()) {
      String to = c.changedTo() == null ? "" : c.changedTo().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
      String via = c.via().isEmpty() ? "no static path" : String.join(", ", c.via().subList(0, Math.min(3, c.via().size())))
          + (c.via().size() > 3 ? ", +" + (c.via().size() - 3) : "");
      out.printf(Locale.ROOT, "  %-14s %5d %9.3f %9s %13s  %-22s %s%s%n", c.component(), c.layer(), c.staticScore(),
          c.dynamicScore() == null ? "-" : String.format(Locale.ROOT, "%.4f", c.dynamicScore()),
          c.changed() == null ? "-" : c.changed() + "/" + c.positions(), to, via,
          c.disagreement() == null ? "" : "  [" + c.disagreement().text() + "]");
    }
    out.println("static: how far the component can move the class's score against another class, summed over the classifier "
        + "features it reaches; dynamic: the share of the positions predicted as the class that change when the component alone "
        + "is ablated");
  }

  /**
   * The heads that moved values into one position for one input: the provenance tree of the prediction there (for a
   * class or the classifier) or of a variable (a component names its output variable).
   */
  private int dynamic() throws Exception {
    if (input == null || position == null) {
      throw new UserError("--input and --position go together: the heads for one input are the heads that fed one of its positions", 2);
    }
    ProgramReadResult read = ReportCommand.readProgram(program);
    ReportCommand.warn(spec.commandLine().getErr(), read.problems());
    var model = read.model();
    TraceInputs.requireRunnable(model, program);
    List<String> tokens = TraceInputs.tokens(input, "--input", model, program);
    if (position < 0 || position >= tokens.size()) {
      throw new UserError("--position " + position + " is outside the input, which has positions 0 to " + (tokens.size() - 1), 2);
    }
    String variable = null;
    String name = output.trim();
    var owners = model.variableOwners();
    if (owners.containsKey(name)) {
      variable = name;
    } else if (model.head(name).isPresent()) {
      variable = model.head(name).get().output();
    } else if (model.mlp(name).isPresent()) {
      variable = model.mlp(name).get().output();
    } else {
      String label = name.replaceFirst("^class\\s+", "").replaceAll("^\"|\"$", "");
      if (!name.equals("classifier") && !model.classes().contains(label)) {
        throw new UserError(
            program + " has no variable, component or class " + output + "; its classes are " + String.join(", ", model.classes()), 2);
      }
    }
    var trace = TraceInputs.trace(program, read, tokens, List.of());
    var tree = new io.tprog.analyzer.trace.Provenance(model).of(trace, position, variable);
    List<String> heads = io.tprog.analyzer.trace.Provenance.headsIn(tree);
    PrintWriter out = spec.commandLine().getOut();
    if (print.json) {
      var node = EvalCommand.json().createObjectNode();
      node.put("program", program.toString());
      node.putPOJO("input", tokens);
      node.put("position", position);
      node.put("output", variable == null ? "prediction" : variable);
      node.putPOJO("heads", heads);
      node.set("provenance", EvalCommand.json().valueToTree(tree));
      out.println(EvalCommand.json().writeValueAsString(node));
    } else {
      out.printf("%d heads moved values into %s at position %d for this input: %s%n", heads.size(),
          variable == null ? "the prediction" : variable, position, heads.isEmpty() ? "none" : String.join(", ", heads));
      TraceConsole.printTree(out, tree, 0);
    }
    out.flush();
    return 0;
  }
}
