package io.tprog.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.format.sandbox.Programs;
import io.tprog.analyzer.trace.FailureGroup;
import io.tprog.analyzer.trace.FailureGroups;
import io.tprog.analyzer.trace.Provenance;
import io.tprog.analyzer.trace.ProvenanceStep;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.Tracer;
import io.tprog.analyzer.trace.WrongPosition;
import io.tprog.analyzer.words.SentenceScores;
import io.tprog.analyzer.words.TokenContributions;
import io.tprog.analyzer.words.WrongTag;
import io.tprog.cli.UserError;
import io.tprog.reports.trace.TraceConsole;
import io.tprog.reports.trace.TraceJson;
import io.tprog.reports.trace.TraceReportWriter;
import io.tprog.reports.trace.TracedInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog trace}: one input (or every failing example) through every variable of a program. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Trace one input through every variable of a program: each variable at each position, the key position each "
          + "categorical head selected (numerical heads: how many keys matched), the prediction against --expect, "
          + "and for each wrong position the classifier breakdown and the provenance tree.",
      "With --data FILE --failing: every misclassified example, grouped by the first component on its provenance "
          + "path whose output differs from the nearest passing example's, biggest group first."
    })
public final class TraceCommand implements Callable<Integer> {
  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program (its weights file beside it).")
  Path program;

  static final class Source {
    @Option(names = "--input", required = true, paramLabel = "TOKENS", description = "The input, tokens separated by spaces, e.g. \"<s> 3 1 4\".")
    String input;

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "A dataset; with --failing, trace its misclassified examples.")
    Path data;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--expect", paramLabel = "LABELS", description = "The expected label at each position (with --input), e.g. \"<pad> 1 3 4\".")
  String expect;

  @Option(names = "--failing", description = "With --data: trace and group the misclassified examples.")
  boolean failing;

  @Option(names = "--split", paramLabel = "NAME", description = "With --data: only this split's examples (default: all).")
  String split;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "With --failing: how many failing examples the report shows in full (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the trace report (trace.md, trace.html) into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ProgramReadResult read = ReportCommand.readProgram(program);
    ReportCommand.warn(spec.commandLine().getErr(), read.problems());
    ProgramModel model = read.model();
    TraceInputs.requireRunnable(model, program);
    if (source.data != null) {
      if (!failing) {
        throw new UserError("--data traces the misclassified examples of a dataset: add --failing (or trace one input with --input)", 2);
      }
      if (expect != null) {
        throw new UserError("--expect goes with --input; a dataset's examples carry their own labels", 2);
      }
      return failing(model);
    }
    if (failing) {
      throw new UserError("--failing needs --data FILE.jsonl", 2);
    }
    return one(read);
  }

  /** {@code --input}: one input through every variable. */
  private int one(ProgramReadResult read) throws IOException {
    ProgramModel model = read.model();
    List<String> tokens = TraceInputs.tokens(source.input, "--input", model, program);
    List<String> expected = TraceInputs.expected(expect, tokens);
    Trace trace = TraceInputs.trace(program, read, tokens, expected);
    Provenance provenance = new Provenance(model);
    Map<Integer, ProvenanceStep> trees = new LinkedHashMap<>();
    for (WrongPosition w : trace.wrong()) {
      trees.put(w.position(), provenance.of(trace, w.position()));
    }
    // NLP programs: a pooled classifier's per-token contributions, a tagger's wrong tags with their sources
    boolean words = model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD) && model.weightsFile().isPresent();
    boolean pooled = words && SentenceScores.pooled(Files.readString(program));
    TokenContributions contributions = pooled ? new SentenceScores(model).contributions(trace) : null;
    List<WrongTag> wrongTags = words && !pooled && !expected.isEmpty() ? new SentenceScores(model).wrongTags(trace) : null;
    PrintWriter o = spec.commandLine().getOut();
    if (print.json) {
      o.println(json(words
          ? TraceJson.sentence(EvalCommand.json(), program.toString(), trace, trees, contributions, wrongTags)
          : TraceJson.trace(EvalCommand.json(), program.toString(), trace, trees)));
    } else {
      TraceConsole.print(o, trace, trees);
      if (contributions != null) {
        TraceConsole.printContributions(o, contributions);
      }
      if (wrongTags != null) {
        TraceConsole.printWrongTags(o, wrongTags);
      }
    }
    if (out != null) {
      TraceReportWriter.write(program.getFileName().toString(), List.of(TracedInput.of(trace, trees)), out);
      wrote(o);
    }
    o.flush();
    return 0;
  }

  /** {@code --data --failing}: evaluate the dataset, trace the failures and their nearest passing neighbours, group. */
  private int failing(ProgramModel model) throws Exception {
    List<Example> examples = EvalCommand.examples(source.data, split);
    var loaded = Programs.load(program);
    Tracer tracer = new Tracer(loaded, model);
    List<FailureGroup> groups;
    try (ProgressBars bars = ProgressBars.unless(print.noProgress)) {
      Evaluation evaluation = new Evaluator(loaded).evaluate(examples, bars);
      groups = FailureGroups.group(model, evaluation, some -> {
        List<Trace> traces = new ArrayList<>();
        int chunk = 200;
        for (int from = 0; from < some.size(); from += chunk) {
          traces.addAll(tracer.traceAll(some.subList(from, Math.min(some.size(), from + chunk))));
          bars.at("tracing failures and their neighbours", traces.size(), some.size());
        }
        return traces;
      });
    }
    PrintWriter o = spec.commandLine().getOut();
    if (print.json) {
      o.println(json(TraceJson.failing(EvalCommand.json(), program.toString(), source.data.toString(), examples.size(), groups)));
    } else {
      TraceConsole.printFailing(o, program.toString(), source.data.toString(), examples.size(), groups);
    }
    if (out != null) {
      Provenance provenance = new Provenance(model);
      List<TracedInput> shown = groups.stream().flatMap(g -> g.failures().stream()).limit(Math.max(0, limit))
          .map(f -> TracedInput.of(f.trace(), Map.of(f.position(), provenance.of(f.trace(), f.position())))).toList();
      TraceReportWriter.write(program.getFileName().toString(), shown, groups, out);
      wrote(o);
    }
    o.flush();
    return 0;
  }

  private static String json(ObjectNode node) throws JsonProcessingException {
    return EvalCommand.json().writeValueAsString(node);
  }

  /** With --json, standard output holds the JSON only. */
  private void wrote(PrintWriter o) {
    (print.json ? spec.commandLine().getErr() : o).println("wrote " + out.resolve(TraceReportWriter.HTML) + " and " + out.resolve(TraceReportWriter.MARKDOWN));
  }
}
