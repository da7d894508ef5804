package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog parse}: Lines per second parsing the Python standard library, warm, beside CPython's ast.parse. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Lines per second parsing the Python standard library, warm, beside CPython's ast.parse.")
public final class BenchParseCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("parse", "the grammar (issue 3)");
  }
}
