package io.tprog.cli;

import io.tprog.cli.commands.AblateCommand;
import io.tprog.cli.commands.BenchCommand;
import io.tprog.cli.commands.CircuitCommand;
import io.tprog.cli.commands.ConvertCommand;
import io.tprog.cli.commands.DataCommand;
import io.tprog.cli.commands.EvalCommand;
import io.tprog.cli.commands.HeadsCommand;
import io.tprog.cli.commands.ParseCommand;
import io.tprog.cli.commands.PruneCommand;
import io.tprog.cli.commands.SweepCommand;
import io.tprog.cli.commands.ReportCommand;
import io.tprog.cli.commands.TraceCommand;
import io.tprog.cli.commands.TrainCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tprog} entry point: registers every command of analysis.md and turns failures into one sentence. */
@Command(
    name = "tprog",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Learn Transformer Programs, then analyse and debug them as code.",
    subcommands = {
      TrainCommand.class,
      SweepCommand.class,
      DataCommand.class,
      EvalCommand.class,
      ReportCommand.class,
      TraceCommand.class,
      HeadsCommand.class,
      CircuitCommand.class,
      AblateCommand.class,
      PruneCommand.class,
      ConvertCommand.class,
      ParseCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error as well as its message.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: run 'tprog --help' to list the commands.");
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line and returns its exit code; used by {@link #main} and by tests. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("tprog: " + Errors.sentence(ex.getMessage()));
          CommandLine sub = ex.getCommandLine();
          err.println("Run '" + sub.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCodes.BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          Throwable cause = ex;
          if (isDebug(args)) {
            ex.printStackTrace(err);
          }
          err.println("tprog: " + Errors.sentence(Errors.message(cause)));
          return ExitCodes.of(ex);
        });
    return cl.execute(args);
  }

  private static boolean isDebug(String[] args) {
    for (String a : args) {
      if (a.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version from the jar manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"tprog " + (v == null ? "0.1.0-SNAPSHOT (development build)" : v)};
    }
  }
}
