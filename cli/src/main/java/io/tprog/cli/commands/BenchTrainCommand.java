package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog train}: Seconds per epoch training the sort configuration of targets.md. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Seconds per epoch training the sort configuration of targets.md.")
public final class BenchTrainCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("train", "the learner (issue 4)");
  }
}
