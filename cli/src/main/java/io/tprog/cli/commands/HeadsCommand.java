package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog heads}: The heads feeding an output (a variable or a class), statically or for one input. */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "The heads feeding an output (a variable or a class), statically or for one input.")
public final class HeadsCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("heads", "the static analyzer (issue 5)");
  }
}
