package io.tprog.grammar;

import io.tprog.grammar.ast.Module;
import java.util.List;
import java.util.Optional;

/** The outcome of parsing one source: the tree when the source is valid Python, otherwise its problems. */
public final class ParseResult {
  private final String sourceName;
  private final Module module;
  private final List<Problem> problems;

  ParseResult(String sourceName, Module module, List<Problem> problems) {
    this.sourceName = sourceName;
    this.module = module;
    this.problems = List.copyOf(problems);
  }

  /** The name the source was parsed under, used in every problem. */
  public String sourceName() {
    return sourceName;
  }

  /** The tree; empty exactly when there are problems. */
  public Optional<Module> module() {
    return Optional.ofNullable(module);
  }

  /** The problems, in source order; empty when the source is valid. */
  public List<Problem> problems() {
    return problems;
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    return ok() ? sourceName + ": OK" : problems.toString();
  }
}
