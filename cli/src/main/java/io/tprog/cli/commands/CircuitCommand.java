package io.tprog.cli.commands;

import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.ablation.MinimalCircuits;
import io.tprog.analyzer.ablation.OutputRanker;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.trace.PythonText;
import io.tprog.cli.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog circuit}: the minimal circuit of a class, found greedily by ablation and checked in Jython. */
@Command(
    name = "circuit",
    mixinStandardHelpOptions = true,
    description = {
      "The minimal circuit of a class: the smallest set of heads and MLPs found that, with every other one ablated, keeps "
          + "at least 99.5% of the positions the program predicts as the class on the data.",
      "Greedy: starting from the static circuit, components are dropped one at a time, least effect alone first, while "
          + "the rest keeps the predictions; no single further drop passes, but a smaller set may exist. The result is "
          + "run in Jython with everything else ablated to check it."
    })
public final class CircuitCommand implements Callable<Integer> {
  @Mixin DataOptions input;

  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program (its weights file beside it).")
  Path program;

  @Option(names = "--output", paramLabel = "CLASS", description = "The class (3, or class \"3\"); default: every class.")
  String output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TraceInputs.requireRunnable(ReportCommand.readProgram(program).model(), program);
    Ablator ablator = new Ablator(program);
    OutputRanker ranker = new OutputRanker(ablator);
    List<String> classes;
    try {
      classes = output == null ? ranker.classes() : List.of(ranker.classOf(output));
    } catch (UnknownOutputException e) {
      throw new UserError(e.getMessage(), 2);
    }
    List<Example> examples = input.examples();
    MinimalCircuits search = new MinimalCircuits(ablator);
    List<MinimalCircuit> found = print.withProgress(bars -> {
      List<MinimalCircuit> circuits = new ArrayList<>();
      for (String c : classes) {
        circuits.add(search.find(c, examples, bars));
      }
      return circuits;
    });
    print.print(spec.commandLine().getOut(), found, out -> {
      out.printf(Locale.ROOT, "%s on %d examples: minimal circuits (greedy), each keeping at least 99.5%% of its class's predictions with every other head and MLP ablated%n",
          program, examples.size());
      for (MinimalCircuit m : found) {
        out.printf(Locale.ROOT, "%nclass %s: %d of %d static-circuit components; %d positions predicted, kept %d in the search, %d in Jython (%.2f%%)%s%n",
            PythonText.of(m.classLabel()), m.components().size(), m.staticCircuit().size(), m.positions(), m.kept(), m.keptInJython(),
            100 * m.keptShareInJython(), m.verified() ? "" : "  NOT VERIFIED: the program in Jython keeps less than 99.5%");
        out.println("  " + (m.components().isEmpty() ? "(no component needed)" : String.join(", ", m.components())));
      }
    });
    return found.stream().allMatch(MinimalCircuit::verified) ? 0 : 3;
  }
}
