package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog data}: Write a task's dataset splits as JSONL. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Write a task's dataset splits as JSONL.")
public final class DataCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("data", "the task datasets (issue 2)");
  }
}
