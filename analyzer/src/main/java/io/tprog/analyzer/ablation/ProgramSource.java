package io.tprog.analyzer.ablation;

import io.tprog.grammar.ParseResult;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.If;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Stmt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A program's text as lines, with the statements of {@code run} located through the grammar's AST so they can be
 * rewritten line by line: a variable's assignment, a local function, and the branches of an if/elif chain.
 * Edits are collected and applied together, so line numbers always refer to the original text.
 */
public final class ProgramSource {
  private final Path file;
  private final List<String> lines;
  private final FunctionDef run;
  private final Map<Integer, List<String>> appendToLine = new TreeMap<>();
  private final Map<Integer, String> replace = new TreeMap<>();
  private final boolean[] deleted;

  public ProgramSource(Path file, String source) {
    this.file = file;
    this.lines = Arrays.asList(source.split("\n", -1));
    this.deleted = new boolean[lines.size() + 1];
    ParseResult parsed = PythonParser.parse(source, file.toString());
    if (!parsed.ok()) {
      throw new RewriteException(parsed.problems().get(0).toString());
    }
    this.run =
        parsed.module().orElseThrow().body().stream()
            .filter(s -> s instanceof FunctionDef f && f.name().equals("run"))
            .map(FunctionDef.class::cast)
            .findFirst()
            .orElseThrow(() -> new RewriteException(file + " defines no function run(tokens)"));
  }

  public Path file() {
    return file;
  }

  /** The number of lines of the original text (a final newline does not start another line). */
  public int lineCount() {
    return lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
  }

  /** The statement of {@code run} that assigns {@code variable}. */
  public Optional<Assign> assignment(String variable) {
    for (Stmt s : run.body()) {
      if (s instanceof Assign a) {
        for (Expr t : a.targets()) {
          if (t instanceof Name n && n.id().equals(variable)) {
            return Optional.of(a);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The function defined inside {@code run} under {@code name}. */
  public Optional<FunctionDef> function(String name) {
    return run.body().stream().filter(s -> s instanceof FunctionDef f && f.name().equals(name)).map(FunctionDef.class::cast).findFirst();
  }

  /**
   * Reassigns {@code variable} right after the statement that assigns it, on that statement's last line (after a
   * semicolon), so every other line keeps its number and traces of the rewritten program map onto the original.
   */
  public void assignAfter(String variable, String expression) {
    Assign a = assignment(variable).orElseThrow(() -> new RewriteException(file + ": run assigns no variable " + variable));
    appendToLine.computeIfAbsent(a.range().endLine(), k -> new ArrayList<>()).add("; " + variable + " = " + expression);
  }

  /** Deletes lines {@code first..last} (1-based, inclusive). */
  public void delete(int first, int last) {
    for (int l = first; l <= last; l++) {
      deleted[l] = true;
    }
  }

  /** Keeps one line that an earlier {@link #delete} covered (to put a replacement there). */
  public void undelete(int line) {
    deleted[line] = false;
  }

  /** Replaces one line's text (which may hold several lines). */
  public void replaceLine(int line, String text) {
    replace.put(line, text);
  }

  public String line(int line) {
    return lines.get(line - 1);
  }

  public String indent(int line) {
    String text = line(line);
    return text.substring(0, text.length() - text.stripLeading().length());
  }

  /**
   * The branches of the if/elif chain that starts at the first {@code if} of a function's body: each with its first
   * line, the last line of its body, and the first line of its body.
   */
  public List<Branch> branches(FunctionDef function) {
    List<Branch> out = new ArrayList<>();
    for (Stmt s : function.body()) {
      if (s instanceof If chain) {
        for (If i = chain; i != null; ) {
          List<Stmt> body = i.body();
          out.add(new Branch(i.range().line(), body.get(0).range().line(), body.get(body.size() - 1).range().endLine()));
          i = i.orelse().size() == 1 && i.orelse().get(0) instanceof If next ? next : null;
        }
        break;
      }
    }
    return out;
  }

  /** One branch of an if/elif chain: its {@code if}/{@code elif} line and its body's first and last lines. */
  public record Branch(int line, int bodyLine, int endLine) {}

  /** The text with every edit applied. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (int l = 1; l <= lines.size(); l++) {
      if (!deleted[l]) {
        out.append(replace.getOrDefault(l, lines.get(l - 1)));
        appendToLine.getOrDefault(l, List.of()).forEach(out::append);
        if (l < lines.size()) {
          out.append('\n');
        }
      }
    }
    return out.toString();
  }
}
