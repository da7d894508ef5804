package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.grammar.AstDump;
import io.tprog.grammar.ParseResult;
import io.tprog.grammar.Problem;
import io.tprog.grammar.PythonParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog parse}: Parse a Python file; print OK or its problems, or the AST as CPython's ast.dump prints it. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse a Python file; print OK or its problems, or the AST as CPython's ast.dump prints it.")
public final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.py", description = "The Python 3.11 source file to parse.")
  Path file;

  @Option(names = "--dump", description = "Print the AST exactly as CPython's ast.dump(ast.parse(source)) prints it.")
  boolean dump;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + " is not a file.", 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    ParseResult result = PythonParser.parse(file);
    if (!result.ok()) {
      for (Problem problem : result.problems()) {
        out.println(problem);
      }
      out.flush();
      return io.tprog.cli.ExitCodes.BAD_INPUT;
    }
    out.println(dump ? AstDump.dump(result.module().orElseThrow()) : "OK");
    out.flush();
    return 0;
  }
}
