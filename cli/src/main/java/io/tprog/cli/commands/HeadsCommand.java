package io.tprog.cli.commands;

import io.tprog.analyzer.analysis.HeadPath;
import io.tprog.analyzer.analysis.HeadsFeedingResult;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.cli.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog heads}: The heads feeding an output (a variable or a class), statically or for one input. */
@Command(
    name = "heads",
    mixinStandardHelpOptions = true,
    description = "The heads feeding an output (a variable or a class), statically or for one input.")
public final class HeadsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program (its weights file beside it).")
  Path program;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "NAME-or-CLASS",
      description = "A component (attn_1_0), a variable (attn_1_0_outputs), a class (class \"3\", or 3) or classifier.")
  String output;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--input", paramLabel = "TOKENS", description = "Heads that moved values for this input (dynamic).")
  String input;

  @Option(names = "--position", paramLabel = "I", description = "The position of --input to explain.")
  Integer position;

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
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StaticAnalyzer.json(result));
    } else {
      out.printf("%d heads feed %s%n", result.heads().size(), result.output());
      for (HeadPath h : result.heads()) {
        out.printf("  %-14s layer %d: %s%n", h.head(), h.layer(), h.path());
      }
    }
    out.flush();
    return 0;
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
    if (json) {
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
      TraceCommand.printTree(out, tree, 0);
    }
    out.flush();
    return 0;
  }
}
