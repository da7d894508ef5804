package io.tprog.cli.commands;

import io.tprog.analyzer.ablation.AblationReport;
import io.tprog.analyzer.ablation.AblationRow;
import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.ComponentDefaults;
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

/** {@code tprog ablate}: accuracy with each component replaced by its default, beside the static circuit. */
@Command(
    name = "ablate",
    mixinStandardHelpOptions = true,
    description = "Accuracy with each component replaced by its default, beside the static circuit; flags components static analysis calls dead whose ablation changes a prediction.")
public final class AblateCommand implements Callable<Integer> {
  @Mixin DataOptions input;

  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program to ablate.")
  Path program;

  @Option(names = "--component", paramLabel = "NAME", description = "Ablate only this component (repeatable), e.g. attn_1_0.")
  List<String> components = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Ablator ablator = new Ablator(program);
    List<String> known = ComponentDefaults.ablatable(ablator.model());
    for (String c : components) {
      if (!known.contains(c)) {
        throw new UserError(program + " has no component " + c + " that can be ablated; it has " + String.join(", ", known), 2);
      }
    }
    AblationReport report = print.withProgress(bars -> ablator.ablate(components, input.examples(), bars));
    print.print(spec.commandLine().getOut(), report, out -> {
      out.printf(Locale.ROOT, "%s on %d examples: position accuracy %.4f, sequence accuracy %.4f%n", program, report.examples(), report.positionAccuracy(), report.sequenceAccuracy());
      out.printf(Locale.ROOT, "%-14s %5s %9s %9s %8s  %s%n", "component", "layer", "accuracy", "change", "changed", "static analysis");
      for (AblationRow r : report.rows()) {
        String verdict = r.staticallyDead() ? "dead" : r.inStaticCircuit() ? "in circuit" : "outside circuit";
        out.printf(
            Locale.ROOT,
            "%-14s %5d %9.4f %+9.4f %8d  %s%s%n",
            r.component(),
            r.layer(),
            r.positionAccuracy(),
            r.accuracyChange(),
            r.changedPredictions(),
            verdict,
            r.conflict() ? "  CONFLICT: static analysis calls it dead but its ablation changes predictions" : "");
      }
      out.println(report.conflicts().isEmpty() ? "conflicts: none" : "conflicts: " + report.conflicts().size());
    });
    return report.conflicts().isEmpty() ? 0 : 3;
  }
}
