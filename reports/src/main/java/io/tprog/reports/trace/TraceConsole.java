package io.tprog.reports.trace;

import io.tprog.analyzer.run.Breakdown;
import io.tprog.analyzer.trace.Failure;
import io.tprog.analyzer.trace.FailureGroup;
import io.tprog.analyzer.trace.FeaturePush;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.ProvenanceStep;
import io.tprog.analyzer.trace.PythonText;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import io.tprog.analyzer.words.TokenContributions;
import io.tprog.analyzer.words.WrongTag;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders traces for a terminal: one input as a variables x positions table with each head's selections, then the
 * classifier breakdown and provenance tree of each wrong position; a dataset's failing examples as their groups.
 */
public final class TraceConsole {
  /** How many features of a wrong position's breakdown the console lists. */
  static final int PUSHES_SHOWN = 8;
  /** How many failures of each group the console lists. */
  static final int FAILURES_SHOWN = 3;

  private TraceConsole() {}

  /** One traced input: the table, then each wrong position's breakdown and its provenance tree ({@code trees}). */
  public static void print(PrintWriter o, Trace t, Map<Integer, ProvenanceStep> trees) {
    int n = t.tokens().size();
    int width = Math.max(12, t.variables().stream().mapToInt(String::length).max().orElse(0) + 2);
    List<String[]> rows = new ArrayList<>();
    for (String v : t.variables()) {
      rows.add(row(v, t.values().get(v).stream().map(PythonText::of).toList(), n));
    }
    rows.add(row("prediction", t.predictions(), n));
    if (!t.expected().isEmpty()) {
      rows.add(row("expected", t.expected(), n));
      String[] marks = new String[n + 1];
      marks[0] = "wrong";
      for (int p = 0; p < n; p++) {
        final int q = p;
        marks[p + 1] = t.wrong().stream().anyMatch(w -> w.position() == q) ? TraceMarkdown.WRONG_MARK : "";
      }
      rows.add(marks);
    }
    for (HeadSelection h : t.heads()) {
      rows.add(row(h.head() + (h.numerical() ? " #" : " ->"), h.perQuery().stream().map(String::valueOf).toList(), n));
    }
    int cell = 3;
    for (String[] r : rows) {
      for (int i = 1; i < r.length; i++) {
        cell = Math.max(cell, r[i].length() + 1);
      }
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "position"));
    for (int p = 0; p < n; p++) {
      header.append(String.format(Locale.ROOT, "%" + cell + "s", p));
    }
    o.println(header);
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", r[0]));
      for (int i = 1; i < r.length; i++) {
        line.append(String.format(Locale.ROOT, "%" + cell + "s", r[i]));
      }
      o.println(line.toString().stripTrailing());
    }
    o.println("(a head's row: -> the key position each query selected; # how many keys matched)");
    if (t.expected().isEmpty()) {
      o.println("no --expect given: nothing to compare the predictions with");
    } else if (t.wrong().isEmpty()) {
      o.println("every scored position is right");
    }
    for (WrongPosition w : t.wrong()) {
      o.printf(Locale.ROOT, "%nposition %d: predicted %s, expected %s%n", w.position(), PythonText.of(w.predicted()), PythonText.of(w.expected()));
      if (!w.pushes().isEmpty()) {
        o.printf(Locale.ROOT, "  features pushing %s over %s:%n", PythonText.of(w.predicted()), PythonText.of(w.expected()));
        for (FeaturePush f : w.pushes().subList(0, Math.min(PUSHES_SHOWN, w.pushes().size()))) {
          o.printf(Locale.ROOT, "    %-28s %-10s %+.4f%n", f.feature(), f.value(), f.push());
        }
      }
      ProvenanceStep tree = trees.get(w.position());
      if (tree != null) {
        o.println("  provenance:");
        printTree(o, tree, 2);
      }
    }
  }

  /** A provenance tree, one step a line, indented two spaces a level from {@code depth}. */
  public static void printTree(PrintWriter o, ProvenanceStep s, int depth) {
    o.println("  ".repeat(depth) + "- " + s.label());
    for (ProvenanceStep c : s.children()) {
      printTree(o, c, depth + 1);
    }
  }

  /**
   * A dataset's failing examples: how many of {@code examples} failed and by input length, then each group with its
   * first few failures.
   */
  public static void printFailing(PrintWriter o, String program, String data, int examples, List<FailureGroup> groups) {
    int failures = groups.stream().mapToInt(FailureGroup::size).sum();
    o.printf(Locale.ROOT, "%s on %s: %d of %d examples misclassified, in %d %s%n", program, data, failures, examples,
        groups.size(), groups.size() == 1 ? "group" : "groups");
    if (failures > 0) {
      o.println("misclassified examples by input length (tokens other than <s> and </s>): " + failingByLength(groups).entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
    }
    for (FailureGroup g : groups) {
      o.printf(Locale.ROOT, "%n%-16s %d %s: %s%n", g.component(), g.size(), g.size() == 1 ? "example" : "examples", g.explanation());
      for (Failure f : g.failures().subList(0, Math.min(FAILURES_SHOWN, g.size()))) {
        WrongPosition w = f.trace().wrong().get(0);
        o.printf(Locale.ROOT, "  %s  position %d: predicted %s, expected %s%s%n", String.join(" ", f.trace().tokens()), f.position(),
            PythonText.of(w.predicted()), PythonText.of(w.expected()),
            f.neighbour() == null ? "" : "; nearest passing: " + String.join(" ", f.neighbour().tokens()));
      }
    }
  }

  /** How many misclassified examples each input length (tokens other than {@code <s>} and {@code </s>}) has, shortest first. */
  public static Map<Integer, Integer> failingByLength(List<FailureGroup> groups) {
    Map<Integer, Integer> counts = new TreeMap<>();
    groups.forEach(g -> g.failures().forEach(f -> counts.merge(Breakdown.inputLength(f.trace().tokens()), 1, Integer::sum)));
    return counts;
  }

  /**
   * Each token's contribution to each class score, a row per token and a column per class, then the totals the pooled
   * classifier compares (the paper's figure 13).
   */
  public static void printContributions(PrintWriter o, TokenContributions c) {
    int width = Math.max(8, c.tokens().stream().mapToInt(String::length).max().orElse(0) + 2);
    int cell = Math.max(9, c.classes().stream().mapToInt(String::length).max().orElse(0) + 2);
    o.printf(Locale.ROOT, "%neach token's contribution to each class score (its weight rows summed; the pooled classifier adds the tokens' rows):%n");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "token"));
    c.classes().forEach(label -> header.append(String.format(Locale.ROOT, "%" + cell + "s", label)));
    o.println(header.toString().stripTrailing());
    for (int p = 0; p < c.tokens().size(); p++) {
      o.println(scores(c.tokens().get(p), c.perToken().get(p), width, cell));
    }
    o.println(scores("total", c.totals(), width, cell));
    o.printf(Locale.ROOT, "pooled prediction: %s%n", c.predicted());
  }

  private static String scores(String name, List<Double> values, int width, int cell) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", name));
    values.forEach(v -> line.append(String.format(Locale.ROOT, "%" + cell + "s", String.format(Locale.ROOT, "%+.3f", v))));
    return line.toString();
  }

  /** Each wrong tag with the features that pushed it over the expected one and where their values came from. */
  public static void printWrongTags(PrintWriter o, List<WrongTag> tags) {
    for (WrongTag t : tags) {
      o.printf(Locale.ROOT, "%nwrong tag at position %d (\"%s\"): %s instead of %s, pushed by:%n", t.position(), t.word(), t.predicted(), t.expected());
      for (WrongTag.Push p : t.pushes().subList(0, Math.min(PUSHES_SHOWN, t.pushes().size()))) {
        o.printf(Locale.ROOT, "  %-28s %+.4f  %s%n", p.variable() + " = " + p.value(), p.push(), p.source());
      }
      if (t.pushes().isEmpty()) {
        o.println("  no feature pushes it: the expected tag loses on ties or by the classes' order");
      }
    }
  }

  private static String[] row(String name, List<String> values, int n) {
    String[] r = new String[n + 1];
    r[0] = name;
    for (int p = 0; p < n; p++) {
      r[p + 1] = p < values.size() ? values.get(p) : "";
    }
    return r;
  }
}
