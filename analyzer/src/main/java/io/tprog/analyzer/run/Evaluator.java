package io.tprog.analyzer.run;

import io.tprog.analyzer.data.Example;
import io.tprog.format.sandbox.SandboxedProgram;
import java.util.List;

/** Runs a sandboxed program over examples and scores it. */
public final class Evaluator {
  private final SandboxedProgram program;

  public Evaluator(SandboxedProgram program) {
    this.program = program;
  }

  public Evaluation evaluate(List<Example> examples) {
    List<List<String>> predictions = program.predictAll(examples.stream().map(Example::tokens).toList());
    return Evaluation.of(examples, predictions);
  }

  /** {@link #evaluate(List)} in chunks, telling {@code progress} how many examples are done after each. */
  public Evaluation evaluate(List<Example> examples, Progress progress) {
    int chunk = 500;
    List<List<String>> predictions = new java.util.ArrayList<>(examples.size());
    progress.at("evaluating", 0, examples.size());
    for (int from = 0; from < examples.size(); from += chunk) {
      List<Example> part = examples.subList(from, Math.min(examples.size(), from + chunk));
      predictions.addAll(program.predictAll(part.stream().map(Example::tokens).toList()));
      progress.at("evaluating", predictions.size(), examples.size());
    }
    return Evaluation.of(examples, predictions);
  }
}
