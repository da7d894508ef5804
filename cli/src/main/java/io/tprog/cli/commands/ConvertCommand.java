package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog convert}: Convert a reference-format (numpy/pandas) program into tprog's format. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "Convert a reference-format (numpy/pandas) program into tprog's format.")
public final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("convert", "the dynamic analyzer (issue 6)");
  }
}
