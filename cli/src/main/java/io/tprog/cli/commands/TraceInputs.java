package io.tprog.cli.commands;

import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.format.sandbox.Programs;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.Tracer;
import io.tprog.cli.UserError;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What {@code tprog trace} and {@code tprog heads --input} share: reading an input line and tracing it. */
final class TraceInputs {
  private TraceInputs() {}

  /**
   * The tokens of {@code line} (separated by spaces), each checked against the program's vocabulary (the values of
   * its {@code tokens} weight rows) when the weights file was read.
   */
  static List<String> tokens(String line, String option, ProgramModel model, Path program) {
    List<String> tokens = Arrays.stream(line.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    if (tokens.isEmpty()) {
      throw new UserError(option + " is empty; give the input's tokens separated by spaces, e.g. \"<s> 3 1 4\"", 2);
    }
    Set<String> vocabulary = model.weightsFile().map(w -> w.rows("tokens").keySet()).orElse(Set.of());
    if (!vocabulary.isEmpty()) {
      for (int i = 0; i < tokens.size(); i++) {
        if (!vocabulary.contains(tokens.get(i))) {
          throw new UserError(
              "unknown token '" + tokens.get(i) + "' at position " + i + " of " + option + "; " + program.getFileName()
                  + " knows " + String.join(" ", vocabulary.stream().sorted().toList()),
              2);
        }
      }
    }
    return tokens;
  }

  /** The labels of {@code --expect}, which must be as long as the input. */
  static List<String> expected(String line, List<String> tokens) {
    if (line == null) {
      return List.of();
    }
    List<String> labels = Arrays.stream(line.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    if (labels.size() != tokens.size()) {
      throw new UserError(
          "--expect has " + labels.size() + " labels but the input has " + tokens.size() + " tokens; give one label per "
              + "position (<pad> where none is scored)",
          2);
    }
    return labels;
  }

  /** Refuses a reference-format program, which only runs with pandas, pointing to {@code tprog convert}. */
  static void requireRunnable(ProgramModel model, Path program) {
    if (model.format() == io.tprog.analyzer.program.ProgramFormat.REFERENCE) {
      throw new UserError(
          program + " is a reference-format program, which needs pandas to run; convert it first: tprog convert " + program + " --out DIR",
          2);
    }
  }

  /** Traces one input through the program in the sandbox. */
  static Trace trace(Path program, ProgramReadResult read, List<String> tokens, List<String> expected) {
    return new Tracer(Programs.load(program), read.model()).trace(tokens, expected);
  }
}
