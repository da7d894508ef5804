package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog report}: Circuit report of a program: Markdown, self-contained HTML, JSON and DOT. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Circuit report of a program: Markdown, self-contained HTML, JSON and DOT.")
public final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("report", "the static analyzer (issue 5)");
  }
}
