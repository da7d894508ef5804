package io.tprog.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tprog parse}: Parse a Python file; print OK or its problems, or the AST as CPython's ast.dump prints it. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse a Python file; print OK or its problems, or the AST as CPython's ast.dump prints it.")
public final class ParseCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw NotLanded.because("parse", "the grammar (issue 3)");
  }
}
