package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.run.AccuracyCell;
import io.tprog.analyzer.run.Breakdown;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.format.sandbox.Programs;
import io.tprog.cli.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog eval}: accuracy of a program on a JSONL dataset, run in the Jython sandbox. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Accuracy of a program on a JSONL dataset, run in the Jython sandbox.")
public final class EvalCommand implements Callable<Integer> {
  @Mixin DataOptions input;

  @Mixin PrintOptions print;
  @Parameters(index = "0", paramLabel = "PROGRAM.py", description = "The program to run.")
  Path program;

  @Option(
      names = "--by",
      paramLabel = "length|position|class",
      description = "Also break accuracy down by input length (tokens other than <s> and </s>), by position (<s> is 0) or by gold class, worst cells first.")
  String by;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Breakdown breakdown = breakdown(by);
    List<Example> examples = input.examples();
    Evaluation result = print.withProgress(bars -> new Evaluator(Programs.load(program)).evaluate(examples, bars));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("program", program.toString());
    doc.put("data", input.data.toString());
    doc.put("split", input.split);
    doc.put("examples", result.sequences());
    doc.put("position_accuracy", result.positionAccuracy());
    doc.put("positions_correct", result.positionsCorrect());
    doc.put("positions", result.positions());
    doc.put("sequence_accuracy", result.sequenceAccuracy());
    doc.put("sequences_correct", result.sequencesCorrect());
    doc.put("misclassified", result.misclassified());
    if (breakdown != null) {
      doc.put("by", breakdown.key());
      doc.put("cells", breakdown.cells(result).stream().map(c -> cellJson(breakdown, c)).toList());
    }
    print.print(spec.commandLine().getOut(), doc, out -> {
      out.printf(Locale.ROOT, "program: %s%n", program);
      out.printf(Locale.ROOT, "data: %s (%d examples%s)%n", input.data, result.sequences(), input.split == null ? "" : ", split " + input.split);
      out.printf(Locale.ROOT, "position accuracy: %.4f (%d/%d)%n", result.positionAccuracy(), result.positionsCorrect(), result.positions());
      out.printf(Locale.ROOT, "sequence accuracy: %.4f (%d/%d)%n", result.sequenceAccuracy(), result.sequencesCorrect(), result.sequences());
      out.printf(Locale.ROOT, "misclassified: %d%n", result.misclassified());
      if (breakdown != null) {
        printCells(out, breakdown, breakdown.cells(result));
      }
    });
    return 0;
  }

  /** The dimension {@code --by} names, or null without it. */
  static Breakdown breakdown(String by) {
    if (by == null) {
      return null;
    }
    for (Breakdown b : Breakdown.values()) {
      if (b.key().equals(by.strip().toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    throw new UserError("--by " + by + " is not a breakdown; give length, position or class", 2);
  }

  /** One cell as JSON: the cell's value under the dimension's key, then its counts. */
  private static Map<String, Object> cellJson(Breakdown breakdown, AccuracyCell c) {
    Map<String, Object> cell = new LinkedHashMap<>();
    cell.put(breakdown.key(), breakdown == Breakdown.CLASS ? c.value() : Integer.parseInt(c.value()));
    cell.put("position_accuracy", c.positionAccuracy());
    cell.put("positions_correct", c.positionsCorrect());
    cell.put("positions", c.positions());
    cell.put("example_accuracy", c.exampleAccuracy());
    cell.put("examples_correct", c.examplesCorrect());
    cell.put("examples", c.examples());
    return cell;
  }

  /** The cells as a table, worst first. */
  static void printCells(PrintWriter out, Breakdown breakdown, List<AccuracyCell> cells) {
    out.printf(Locale.ROOT, "%naccuracy by %s, worst first%s:%n", breakdown.title(),
        breakdown == Breakdown.LENGTH ? " (length: tokens other than <s> and </s>)" : breakdown == Breakdown.POSITION ? " (<s> is position 0)" : "");
    out.printf(Locale.ROOT, "%-10s %9s %16s %9s %16s%n", breakdown.key(), "accuracy", "right/positions", "examples", "right/examples");
    for (AccuracyCell c : cells) {
      out.printf(Locale.ROOT, "%-10s %9.4f %16s %9.4f %16s%n", c.value(), c.positionAccuracy(), c.positionsCorrect() + "/" + c.positions(),
          c.exampleAccuracy(), c.examplesCorrect() + "/" + c.examples());
    }
  }

  /** The examples of a dataset file (one split, or all), refusing an empty selection. */
  static List<Example> examples(Path data, String split) {
    List<Example> examples = Dataset.read(data).split(split);
    if (examples.isEmpty()) {
      throw new UserError("Dataset " + data + " has no examples in split '" + split + "'");
    }
    return examples;
  }

  /** The JSON writer every dynamic-analysis command uses: indented, map keys as given. */
  static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
