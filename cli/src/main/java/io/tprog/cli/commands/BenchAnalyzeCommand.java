package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog analyze}: Static analysis time of programs from 1 to 12 layers. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Static analysis time of programs from 1 to 12 layers.")
public final class BenchAnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("analyze", "the static analyzer (issue 5)");
  }
}
