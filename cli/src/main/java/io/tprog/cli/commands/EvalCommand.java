package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog eval}: Accuracy of a program on a JSONL dataset, run in the Jython sandbox. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Accuracy of a program on a JSONL dataset, run in the Jython sandbox.")
public final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("eval", "the dynamic analyzer (issue 6)");
  }
}
