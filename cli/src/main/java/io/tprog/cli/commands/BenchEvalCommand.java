package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog eval}: Examples per second evaluating the sort fixture in Jython beside CPython. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Examples per second evaluating the sort fixture in Jython beside CPython.")
public final class BenchEvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("eval", "the dynamic analyzer (issue 6)");
  }
}
