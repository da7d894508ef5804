package io.tprog.analyzer.run;

import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.sandbox.SandboxedProgram;
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
}
