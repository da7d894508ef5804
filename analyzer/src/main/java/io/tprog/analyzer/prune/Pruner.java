package io.tprog.analyzer.prune;

import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.ComponentDefaults;
import io.tprog.analyzer.ablation.ProgramSource;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.analyzer.run.Progress;
import io.tprog.format.sandbox.JythonSandbox;
import io.tprog.format.sandbox.RunCapture;
import io.tprog.format.sandbox.SandboxedProgram;
import io.tprog.format.ComponentNames;
import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.FunctionDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Prunes one program against one dataset (see the package documentation). */
public final class Pruner {
  private final Path program;
  private final String source;
  private final Ablator ablator;
  private final ProgramModel model;

  public Pruner(Path program) {
    this.program = program;
    this.ablator = new Ablator(program);
    this.source = ablator.source();
    this.model = ablator.model();
  }

  public PruneResult prune(List<Example> examples) {
    return prune(examples, Progress.NONE);
  }

  /** {@link #prune(List)}, telling {@code progress} after the baseline, each component tried, and the final check. */
  public PruneResult prune(List<Example> examples, Progress progress) {
    List<String> candidates = new ArrayList<>(ComponentDefaults.ablatable(model));
    Collections.reverse(candidates);
    int steps = candidates.size() + 3;
    progress.at("pruning", 0, steps);
    Evaluation base = ablator.baseline(examples);
    progress.at("pruning", 1, steps);
    Optional<ModelInterpreter> fast = ModelInterpreter.of(program, source, model);
    if (fast.isPresent()) {
      List<String> removed = searchInJava(fast.get(), candidates, examples);
      if (removed != null) {
        progress.at("pruning", 1 + candidates.size(), steps);
        Set<Integer> taken = new java.util.HashSet<>();
        Set<String> ablated = Set.copyOf(removed);
        for (Example e : examples) {
          fast.get().classify(e.tokens(), ablated, taken);
        }
        progress.at("pruning", 2 + candidates.size(), steps);
        PruneResult result = rewrite(removed, b -> taken.contains(b.line()), examples, base);
        progress.at("pruning", steps, steps);
        if (result.identical()) {
          return result;
        }
        // The Java interpreter and the program disagree somewhere: decide the slow, exact way below.
      }
    }
    List<String> removed = searchInJython(candidates, base, examples);
    progress.at("pruning", 1 + candidates.size(), steps);
    SandboxedProgram ablated = JythonSandbox.shared().load(program, ablator.ablatedSource(removed));
    Set<Integer> executed = new TreeSet<>();
    for (RunCapture c : ablated.captureAll(examples.stream().map(Example::tokens).toList())) {
      executed.addAll(c.lines());
    }
    progress.at("pruning", 2 + candidates.size(), steps);
    PruneResult result = rewrite(removed, b -> executed.contains(b.bodyLine()), examples, base);
    progress.at("pruning", steps, steps);
    return result;
  }

  /**
   * Writes the pruned text: {@code removed} components become constants, then the branches of the remaining
   * predicates and tables that {@code used} rejects go; the result is run in Jython over every example.
   */
  private PruneResult rewrite(
      List<String> removed, java.util.function.Predicate<ProgramSource.Branch> used, List<Example> examples, Evaluation base) {
    ProgramSource pruned = new ProgramSource(program, source);
    for (String c : removed) {
      makeConstant(pruned, c);
    }
    int branches = 0;
    for (Head h : model.heads()) {
      if (!removed.contains(h.name())) {
        branches += removeUnusedBranches(pruned, h.predicate().function(), used, "return False");
      }
    }
    for (Mlp m : model.mlps()) {
      if (!removed.contains(m.name())) {
        branches += removeUnusedBranches(pruned, m.name(), used, null);
      }
    }
    String text = pruned.text();
    Evaluation after = new Evaluator(JythonSandbox.shared().load(program, text)).evaluate(examples);
    int linesAfter = new ProgramSource(program, text).lineCount();
    return new PruneResult(text, removed, branches, pruned.lineCount(), linesAfter, examples.size(), after.predictions().equals(base.predictions()));
  }

  /**
   * Tries the candidates in order with the Java interpreter: a component goes when, with it and every component
   * already removed at their defaults, the classifier picks the same class at every position of every example.
   * Returns null when the interpreter fails on some input (the Jython search then decides).
   */
  private static List<String> searchInJava(ModelInterpreter fast, List<String> candidates, List<Example> examples) {
    try {
      List<int[]> base = new ArrayList<>(examples.size());
      for (Example e : examples) {
        base.add(fast.classify(e.tokens(), Set.of()));
      }
      List<String> removed = new ArrayList<>();
      for (String c : candidates) {
        Set<String> trial = new java.util.HashSet<>(removed);
        trial.add(c);
        boolean same = true;
        for (int i = 0; i < examples.size() && same; i++) {
          same = java.util.Arrays.equals(base.get(i), fast.classify(examples.get(i).tokens(), trial));
        }
        if (same) {
          removed.add(c);
        }
      }
      return removed;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The same search, each trial a run of the rewritten program in Jython over every example. */
  private List<String> searchInJython(List<String> candidates, Evaluation base, List<Example> examples) {
    List<String> removed = new ArrayList<>();
    for (String c : candidates) {
      List<String> trial = new ArrayList<>(removed);
      trial.add(c);
      if (ablator.evaluate(trial, examples).predictions().equals(base.predictions())) {
        removed.add(c);
      }
    }
    return removed;
  }

  /**
   * Replaces a component's block (its comment, function, pattern and outputs statements) by one assignment of its
   * default outputs.
   */
  private void makeConstant(ProgramSource text, String component) {
    String output = ComponentDefaults.outputOf(model, component);
    String function = model.head(component).map(h -> h.predicate().function()).orElse(component);
    Assign outputs = text.assignment(output).orElseThrow();
    int first = outputs.range().line();
    FunctionDef def = text.function(function).orElse(null);
    if (def != null) {
      first = Math.min(first, def.range().line());
    }
    Assign pattern = text.assignment(ComponentNames.pattern(component)).orElse(null);
    if (pattern != null) {
      first = Math.min(first, pattern.range().line());
    }
    while (first > 1 && text.line(first - 1).strip().startsWith("# " + component + ":")) {
      first--;
    }
    int outputLine = outputs.range().line();
    text.delete(first, outputs.range().endLine());
    String expression = ComponentDefaults.expression(model, component).orElseThrow();
    text.undelete(outputLine);
    text.replaceLine(
        outputLine,
        text.indent(outputs.range().line()) + "# " + component + ": pruned, no prediction on the data depends on it\n"
            + text.indent(outputs.range().line()) + output + " = " + expression);
  }

  /**
   * Removes the if/elif branches of a local function whose body no example executed; when the chain's first branch
   * goes, the next kept {@code elif} becomes {@code if}. A function left without branches returns
   * {@code emptyReturn} (predicates) or just its default (MLPs).
   */
  private static int removeUnusedBranches(
      ProgramSource text, String function, java.util.function.Predicate<ProgramSource.Branch> used, String emptyReturn) {
    FunctionDef def = text.function(function).orElse(null);
    if (def == null) {
      return 0;
    }
    List<ProgramSource.Branch> branches = text.branches(def);
    int removed = 0;
    boolean keptOne = false;
    for (ProgramSource.Branch b : branches) {
      if (used.test(b)) {
        if (!keptOne && text.line(b.line()).stripLeading().startsWith("elif ")) {
          text.replaceLine(b.line(), text.line(b.line()).replaceFirst("elif ", "if "));
        }
        keptOne = true;
      } else {
        text.delete(b.line(), b.endLine());
        removed++;
      }
    }
    boolean bodyEmpty = !keptOne && def.body().size() == 1;
    if (bodyEmpty && emptyReturn != null && !branches.isEmpty()) {
      ProgramSource.Branch firstBranch = branches.get(0);
      text.undelete(firstBranch.line());
      text.replaceLine(firstBranch.line(), text.indent(firstBranch.line()) + emptyReturn);
    }
    return removed;
  }

  /**
   * Writes the pruned program and a copy of its weights file (and of its embeddings table, for an NLP program) into
   * {@code out}, each through a temporary file, the program last.
   */
  public static Path write(Path program, PruneResult result, Path out) throws IOException {
    Files.createDirectories(out);
    String name = program.getFileName().toString();
    Path target = out.resolve(name);
    String stem = ComponentNames.programName(name);
    for (String table : List.of(ComponentNames.weightsFile(stem), ComponentNames.embeddingsFile(stem))) {
      Path file = program.resolveSibling(table);
      if (Files.exists(file)) {
        io.tprog.analyzer.program.ProgramFiles.write(out.resolve(table), Files.readAllBytes(file));
      }
    }
    io.tprog.analyzer.program.ProgramFiles.write(target, result.prunedSource().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return target;
  }
}
