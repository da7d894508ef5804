package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog ablate}: Accuracy with each component replaced by its default, beside the static circuit. */
@Command(name = "ablate", mixinStandardHelpOptions = true, description = "Accuracy with each component replaced by its default, beside the static circuit.")
public final class AblateCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("ablate", "the dynamic analyzer (issue 6)");
  }
}
