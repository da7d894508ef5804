package io.tprog.analyzer.program;

import java.util.List;

/** What reading a program gives: the model of everything that fit the shape, and the problems found, sorted. */
public record ProgramReadResult(ProgramModel model, List<ProgramProblem> problems) {
  public ProgramReadResult {
    problems = problems.stream().sorted().toList();
  }
}
