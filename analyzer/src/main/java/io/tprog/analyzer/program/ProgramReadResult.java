package io.tprog.analyzer.program;

import java.util.List;

/**
 * What reading a program gives: the model of everything that fit the shape, and the problems found, sorted.
 * {@code parsed} is false when the file is not valid Python: then the problems say where, and the model is empty.
 */
public record ProgramReadResult(ProgramModel model, List<ProgramProblem> problems, boolean parsed) {
  public ProgramReadResult {
    problems = problems.stream().sorted().toList();
  }

  /** A result of a file that parsed. */
  public ProgramReadResult(ProgramModel model, List<ProgramProblem> problems) {
    this(model, problems, true);
  }
}
