package io.tprog.cli.commands;

import io.tprog.analyzer.analysis.HeadPath;
import io.tprog.analyzer.analysis.HeadsFeedingResult;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.cli.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
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
  public Integer call() {
    if (input != null || position != null) {
      throw new UserError(
          "'tprog heads --input/--position' is not available yet: heads for one input need the dynamic analyzer, which has not landed",
          2);
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
}
