package io.tprog.cli.commands;

import io.tprog.analyzer.analysis.Finding;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.program.ProgramFileException;
import io.tprog.analyzer.program.ProgramProblem;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog report}: Circuit report of a program: Markdown, self-contained HTML, JSON and DOT. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Circuit report of a program: Markdown, self-contained HTML, JSON and DOT.",
      "Static analysis: components, dataflow graph, circuits per class, dead code, constants. Without --json, --dot or"
          + " --out a short summary is printed."
    })
public final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program (its weights file beside it).")
  Path program;

  @Option(names = "--json", description = "Print the static report as JSON.")
  boolean json;

  @Option(names = "--dot", description = "Print the dataflow graph in Graphviz DOT with the circuit highlighted.")
  boolean dot;

  @Option(
      names = "--class",
      paramLabel = "LABEL",
      description = "Highlight this class's circuit in the DOT output (default: the whole classifier's).")
  String classLabel;

  @Option(names = "--out", paramLabel = "DIR", description = "Write report.json and graph.dot into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ProgramReadResult read = readProgram(program);
    PrintWriter stdout = spec.commandLine().getOut();
    warn(spec.commandLine().getErr(), read.problems());
    StaticReport report = StaticAnalyzer.analyze(read);
    String dotText = dot || out != null ? dot(read) : null;
    if (json) {
      stdout.println(StaticAnalyzer.json(report));
    }
    if (dot) {
      stdout.print(dotText);
    }
    if (out != null) {
      Files.createDirectories(out);
      write(out.resolve("report.json"), StaticAnalyzer.json(report) + "\n");
      write(out.resolve("graph.dot"), dotText);
      stdout.println("wrote " + out.resolve("report.json") + " and " + out.resolve("graph.dot"));
    }
    if (!json && !dot && out == null) {
      summary(stdout, report);
    }
    stdout.flush();
    return 0;
  }

  private String dot(ProgramReadResult read) {
    try {
      return StaticAnalyzer.dot(read, classLabel);
    } catch (UnknownOutputException e) {
      throw new UserError(e.getMessage(), 2);
    }
  }

  /** Reads a program, turning a file that cannot be read into one sentence for the user. */
  static ProgramReadResult readProgram(Path program) {
    try {
      return ProgramReader.read(program);
    } catch (ProgramFileException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Problems do not stop the analysis: each is printed as a warning with its file, line and column. */
  static void warn(PrintWriter err, List<ProgramProblem> problems) {
    for (ProgramProblem p : problems) {
      err.println("tprog: warning: " + p.sentence());
    }
    err.flush();
  }

  private static void summary(PrintWriter out, StaticReport r) {
    var s = r.summary();
    out.printf(
        "%s (%s format): %d layers; %d categorical and %d numerical heads; %d categorical and %d numerical MLPs;"
            + " %d classes%n",
        r.source(), r.format().name().toLowerCase(java.util.Locale.ROOT), s.layers(), s.heads(), s.numericalHeads(), s.mlps(),
        s.numericalMlps(), s.classes().size());
    out.printf("problems: %d%n", r.problems().size());
    out.printf("circuit of the classifier: %d of %d nodes%n", r.classifierCircuit().components().size(), r.nodes().size() - 1);
    out.printf("dead or unreachable code: %d findings%n", r.deadCode().size());
    for (Finding f : r.deadCode()) {
      out.printf("  %s%n", f);
    }
    out.printf("constant variables: %d%n", r.constants().size());
    for (Finding f : r.constants()) {
      out.printf("  %s%n", f);
    }
  }

  private static void write(Path target, String text) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
