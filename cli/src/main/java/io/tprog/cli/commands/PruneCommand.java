package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog prune}: Remove components and branches that change no prediction; write and verify the pruned program. */
@Command(name = "prune", mixinStandardHelpOptions = true, description = "Remove components and branches that change no prediction; write and verify the pruned program.")
public final class PruneCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("prune", "the dynamic analyzer (issue 6)");
  }
}
