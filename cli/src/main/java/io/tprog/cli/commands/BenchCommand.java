package io.tprog.cli.commands;

import picocli.CommandLine.Command;

/** {@code tprog bench}: the project's benchmarks; each subcommand measures one target of targets.md. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark: parse, train, analyze or eval.",
    subcommands = {
      BenchParseCommand.class,
      BenchTrainCommand.class,
      BenchAnalyzeCommand.class,
      BenchEvalCommand.class
    })
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: choose one of parse, train, analyze, eval.");
  }
}
