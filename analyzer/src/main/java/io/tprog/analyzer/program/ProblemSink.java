package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one program, each with its file and the place it concerns. */
final class ProblemSink {
  private final String file;
  private final List<ProgramProblem> problems = new ArrayList<>();

  ProblemSink(String file) {
    this.file = file;
  }

  void at(int line, int column, String message) {
    problems.add(new ProgramProblem(file, line, column, message));
  }

  void at(Expr where, String message) {
    at(where.range().line(), where.range().column() + 1, message);
  }

  void at(Stmt where, String message) {
    at(where.range().line(), where.range().column() + 1, message);
  }

  List<ProgramProblem> all() {
    return problems;
  }
}
