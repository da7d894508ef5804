package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.prune.PruneResult;
import io.tprog.analyzer.prune.Pruner;
import io.tprog.cli.UserError;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog prune}: removes components and branches that change no prediction; writes and verifies the result. */
@Command(
    name = "prune",
    mixinStandardHelpOptions = true,
    description = {
      "Remove components and branches that change no prediction on a dataset; write the pruned program and its "
          + "weights into --out and check that it predicts identically on every example.",
      "Components are tried latest layer first and replaced by their default; then predicate branches and MLP rows "
          + "that no example executes are removed."
    })
public final class PruneCommand implements Callable<Integer> {
  @Mixin DataOptions input;

  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program to prune.")
  Path program;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the pruned program and its weights file.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Example> examples = input.examples();
    if (examples.isEmpty()) {
      throw new UserError(input.data + " has no examples" + (input.split == null ? "" : " in split " + input.split) + " to prune on", 2);
    }
    if (out.toAbsolutePath().normalize().equals(program.toAbsolutePath().normalize().getParent())) {
      throw new UserError("--out " + out + " is the program's own folder; pruning would overwrite " + program, 2);
    }
    PruneResult result = print.withProgress(bars -> new Pruner(program).prune(examples, bars));
    if (!result.identical()) {
      throw new UserError("the pruned " + program.getFileName() + " does not predict identically on " + input.data + "; nothing was written", 3);
    }
    Path written = Pruner.write(program, result, out);
    ObjectNode node = EvalCommand.json().createObjectNode();
    node.put("program", program.toString());
    node.put("pruned", written.toString());
    node.put("lines_before", result.linesBefore());
    node.put("lines_after", result.linesAfter());
    node.putPOJO("removed_components", result.removedComponents());
    node.put("removed_branches", result.removedBranches());
    node.put("examples", result.examples());
    node.put("identical", result.identical());
    print.print(spec.commandLine().getOut(), node, o -> {
      o.printf(Locale.ROOT, "%s: %d -> %d lines (%.0f%% kept)%n", program, result.linesBefore(), result.linesAfter(), 100.0 * result.linesAfter() / result.linesBefore());
      o.printf(Locale.ROOT, "removed components (%d): %s%n", result.removedComponents().size(), result.removedComponents().isEmpty() ? "none" : String.join(", ", result.removedComponents()));
      o.printf(Locale.ROOT, "removed branches and table rows: %d%n", result.removedBranches());
      o.printf(Locale.ROOT, "predicts identically on %d examples; wrote %s%n", result.examples(), written);
    });
    return 0;
  }
}
