package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog train}: Train a Transformer Program on a task and emit its Python program, weights, metrics and report. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a Transformer Program on a task and emit its Python program, weights, metrics and report.")
public final class TrainCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("train", "the learner (issue 4)");
  }
}
