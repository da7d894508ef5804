package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.ablation.AblationReport;
import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.analysis.Finding;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.program.ProgramFileException;
import io.tprog.analyzer.program.ProgramProblem;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.words.WordFeatures;
import io.tprog.cli.ExitCodes;
import io.tprog.cli.UserError;
import io.tprog.reports.circuit.AblationTable;
import io.tprog.reports.circuit.CircuitReportWriter;
import io.tprog.reports.circuit.WordReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
      "Static analysis: components, dataflow graph, circuits per class, dead code, constants. --out writes the report"
          + " files; --json prints the static analysis; --dot prints the graph; with none of them a short summary is"
          + " printed."
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

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write report.md, report.html (self-contained), report.json and graph.dot into DIR.")
  Path out;

  @Option(
      names = "--data",
      paramLabel = "FILE.jsonl",
      description = "With --out: ablate every component on this dataset and show the accuracy changes, each class's minimal circuit and where the program fails (accuracy per input length, position and gold class, worst first) in the report.")
  Path data;

  @Option(
      names = "--contrast",
      paramLabel = "A,B",
      description = "NLP programs: the classifier features that separate class A from class B most (weight[A] - weight[B]), each with the words that produce it, in the report and in --json (e.g. B-LOC,B-ORG).")
  String contrast;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ProgramReadResult read = readProgram(program);
    PrintWriter stdout = spec.commandLine().getOut();
    warn(spec.commandLine().getErr(), read.problems());
    Optional<WordReport> words = words(read);
    StaticReport report = StaticAnalyzer.analyze(read);
    if (json) {
      stdout.println(words.isEmpty() ? StaticAnalyzer.json(report) : StaticAnalyzer.json(withWords(report, words.get())));
    }
    if (dot) {
      stdout.print(dot(read));
    }
    if (data != null && out == null) {
      throw new UserError("--data is used by the report files: give --out DIR as well", 2);
    }
    if (out != null) {
      Files.createDirectories(out);
      Optional<AblationTable> ablation = Optional.empty();
      if (data != null) {
        Ablator ablator = new Ablator(program);
        List<io.tprog.analyzer.data.Example> examples = EvalCommand.examples(data, null);
        AblationReport ablated = ablator.ablate(List.of(), examples);
        var search = new io.tprog.analyzer.ablation.MinimalCircuits(ablator);
        List<io.tprog.analyzer.ablation.MinimalCircuit> minimal = new io.tprog.analyzer.ablation.OutputRanker(ablator).classes().stream()
            .map(c -> search.find(c, examples, io.tprog.analyzer.run.Progress.NONE)).toList();
        ablation = Optional.of(AblationTable.of(data.toString(), ablated, minimal, ablator.baseline(examples)));
      }
      CircuitReportWriter.write(read.model(), report, ablation, words, out);
      // With --json, standard output holds the JSON only.
      (json ? spec.commandLine().getErr() : stdout).println("wrote " + out.resolve(CircuitReportWriter.MARKDOWN) + ", " + CircuitReportWriter.HTML + ", "
          + CircuitReportWriter.JSON + " and " + CircuitReportWriter.DOT);
    }
    if (!json && !dot && out == null) {
      summary(stdout, report);
      if (contrast != null) {
        stdout.print("\n" + words.get().markdownSection());
      }
    }
    stdout.flush();
    return 0;
  }

  /**
   * The words section of an NLP program (empty for other programs), checking {@code --contrast} before anything is
   * written: two of the program's classes, for a program with word variables.
   */
  private Optional<WordReport> words(ProgramReadResult read) {
    Optional<WordFeatures> features = WordFeatures.of(read.model());
    if (contrast == null) {
      return features.map(f -> WordReport.of(f, Optional.empty()));
    }
    if (features.isEmpty()) {
      throw new UserError("--contrast is for NLP programs, whose words are embedding variables with an embeddings table beside"
          + " them; " + program + " has none", ExitCodes.BAD_INPUT);
    }
    List<String> pair = List.of(contrast.split(",", -1)).stream().map(String::strip).toList();
    List<String> classes = features.get().classes();
    if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
      throw new UserError("--contrast takes two different classes separated by a comma, e.g. --contrast " + String.join(",", classes.subList(0, Math.min(2, classes.size())))
          + "; " + program.getFileName() + " has the classes " + String.join(", ", classes), ExitCodes.BAD_INPUT);
    }
    for (String label : pair) {
      if (!classes.contains(label)) {
        throw new UserError("--contrast names '" + label + "', which is not a class of " + program.getFileName() + "; its classes are "
            + String.join(", ", classes), ExitCodes.BAD_INPUT);
      }
    }
    return Optional.of(WordReport.of(features.get(), Optional.of(pair)));
  }

  /** The static report's JSON with the words section last, under {@code words}. */
  private static ObjectNode withWords(StaticReport report, WordReport words) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = (ObjectNode) mapper.readTree(StaticAnalyzer.json(report));
    node.set("words", mapper.valueToTree(words));
    return node;
  }

  private String dot(ProgramReadResult read) {
    try {
      return StaticAnalyzer.dot(read, classLabel);
    } catch (UnknownOutputException e) {
      throw new UserError(e.getMessage(), 2);
    }
  }

  /**
   * Reads a program, turning a file that cannot be read, or that is not valid Python, into one sentence for the user
   * (a program that parses but does not fit the format still reads, its problems reported as warnings).
   */
  static ProgramReadResult readProgram(Path program) {
    ProgramReadResult read;
    try {
      read = ProgramReader.read(program);
    } catch (ProgramFileException e) {
      throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
    }
    if (!read.parsed()) {
      throw new UserError(read.problems().get(0).sentence(), ExitCodes.BAD_INPUT);
    }
    return read;
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
        r.source(), r.format().name().toLowerCase(Locale.ROOT), s.layers(), s.heads(), s.numericalHeads(), s.mlps(),
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
}
