package io.tprog.analyzer.trace;

import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.format.sandbox.RunCapture;
import io.tprog.format.sandbox.SandboxedProgram;
import io.tprog.format.ComponentNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Traces inputs through a sandboxed program. Variables are {@code run}'s list-valued locals with one scalar per
 * position; a head's {@code <name>_pattern} local (indexes from {@code select_closest}, or a boolean matrix) gives
 * its selections. The classifier breakdown needs the program model's features and weights file.
 */
public final class Tracer {
  private final SandboxedProgram program;
  private final ClassifierBreakdown breakdown;

  /** {@code model} may be null: the trace then has no classifier breakdowns. */
  public Tracer(SandboxedProgram program, ProgramModel model) {
    this.program = program;
    this.breakdown =
        model == null || model.weightsFile().isEmpty() ? null : new ClassifierBreakdown(model.features(), model.weightsFile().get());
  }

  /** One input; {@code expected} may be empty (no labels to compare with). */
  public Trace trace(List<String> tokens, List<String> expected) {
    return of(program.capture(tokens), tokens, expected);
  }

  /** Every example, in one sandboxed call. */
  public List<Trace> traceAll(List<Example> examples) {
    List<RunCapture> captures = program.captureAll(examples.stream().map(Example::tokens).toList());
    List<Trace> traces = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      traces.add(of(captures.get(i), examples.get(i).tokens(), examples.get(i).labels()));
    }
    return traces;
  }

  private Trace of(RunCapture capture, List<String> tokens, List<String> expected) {
    int n = tokens.size();
    List<String> variables = new ArrayList<>();
    Map<String, List<Object>> values = new LinkedHashMap<>();
    List<HeadSelection> heads = new ArrayList<>();
    for (String name : capture.order()) {
      List<Object> value = capture.list(name);
      if (ComponentNames.isPattern(name)) {
        ComponentNames.headOfPattern(name)
            .ifPresent(head -> heads.add(selection(head, ComponentNames.parse(head).orElseThrow().numerical(), value)));
      } else if (value.size() == n && value.stream().noneMatch(v -> v instanceof List<?>)) {
        variables.add(name);
        values.put(name, value);
      }
    }
    List<WrongPosition> wrong = new ArrayList<>();
    for (int i = 0; i < Math.min(n, expected.size()); i++) {
      String want = expected.get(i);
      String got = capture.predictions().get(i);
      if (!want.equals(Example.PAD) && !want.equals(got)) {
        wrong.add(new WrongPosition(i, got, want, breakdown == null ? List.of() : breakdown.explain(values, i, got, want)));
      }
    }
    return new Trace(tokens, expected, capture.predictions(), variables, values, heads, wrong);
  }

  /**
   * A list of indexes is already one selection per query; a boolean matrix gives the selected column (categorical)
   * or the number of true cells (numerical) per row.
   */
  private static HeadSelection selection(String head, boolean numerical, List<Object> pattern) {
    List<Integer> perQuery = new ArrayList<>();
    List<List<Integer>> matches = new ArrayList<>();
    for (Object row : pattern) {
      if (row instanceof List<?> cells) {
        List<Integer> matched = new ArrayList<>();
        for (int j = 0; j < cells.size(); j++) {
          if (Boolean.TRUE.equals(cells.get(j)) || (cells.get(j) instanceof Long l && l != 0)) {
            matched.add(j);
          }
        }
        perQuery.add(numerical ? matched.size() : matched.isEmpty() ? 0 : matched.get(0));
        matches.add(numerical ? matched : List.of(matched.isEmpty() ? 0 : matched.get(0)));
      } else if (row instanceof Long index) {
        perQuery.add(index.intValue());
        matches.add(List.of(index.intValue()));
      }
    }
    return new HeadSelection(head, numerical, perQuery, matches);
  }
}
