package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog trace}: Trace one input (or every failing example) through every variable of a program. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Trace one input (or every failing example) through every variable of a program.")
public final class TraceCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("trace", "the dynamic analyzer (issue 6)");
  }
}
