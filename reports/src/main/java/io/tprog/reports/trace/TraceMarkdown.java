package io.tprog.reports.trace;

import static io.tprog.reports.Markup.cell;

import io.tprog.analyzer.trace.FeaturePush;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.PythonText;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders traces as Markdown: one section per input, wrong positions marked with a cross in every table. */
public final class TraceMarkdown {
  static final String WRONG_MARK = "✗";

  private TraceMarkdown() {}

  public static String render(String program, List<TracedInput> inputs) {
    return render(program, inputs, List.of());
  }

  /** The report with the failing examples' groups first (empty: a trace of chosen inputs). */
  public static String render(String program, List<TracedInput> inputs, List<io.tprog.analyzer.trace.FailureGroup> groups) {
    StringBuilder md = new StringBuilder();
    md.append("# Trace report: ").append(program).append("\n\n");
    md.append(inputs.size()).append(inputs.size() == 1 ? " input" : " inputs").append(". Positions marked ").append(WRONG_MARK)
        .append(" are predicted wrongly.\n\n");
    if (!groups.isEmpty()) {
      md.append("## Failure groups\n\n")
          .append(groups.stream().mapToInt(io.tprog.analyzer.trace.FailureGroup::size).sum())
          .append(" misclassified examples, grouped by the first component on their provenance path whose output differs from the nearest passing example's; biggest group first.\n\n")
          .append("| component | examples | meaning | for instance |\n|---|---|---|---|\n");
      for (io.tprog.analyzer.trace.FailureGroup g : groups) {
        var first = g.failures().get(0);
        md.append("| `").append(g.component()).append("` | ").append(g.size()).append(" | ").append(cell(g.explanation())).append(" | ")
            .append(cell(String.join(" ", first.trace().tokens()))).append(" at ").append(first.position())
            .append(first.neighbour() == null ? "" : ", beside " + cell(String.join(" ", first.neighbour().tokens()))).append(" |\n");
      }
      md.append('\n');
    }
    for (int i = 0; i < inputs.size(); i++) {
      input(md, i + 1, inputs.get(i));
    }
    return md.toString();
  }

  private static void input(StringBuilder md, int number, TracedInput input) {
    Trace t = input.trace();
    Set<Integer> wrong = t.wrong().stream().map(WrongPosition::position).collect(Collectors.toSet());
    int n = t.tokens().size();
    md.append("## Input ").append(number).append(": ").append(cell(String.join(" ", t.tokens()))).append("\n\n");
    md.append(t.wrong().isEmpty() ? (t.expected().isEmpty() ? "No expected labels were given.\n\n" : "Every position is right.\n\n")
        : t.wrong().size() + " wrong " + (t.wrong().size() == 1 ? "position" : "positions") + ": "
            + t.wrong().stream().map(w -> Integer.toString(w.position())).collect(Collectors.joining(", ")) + ".\n\n");

    md.append("### Variables\n\n| variable |");
    for (int p = 0; p < n; p++) {
      md.append(' ').append(p).append(wrong.contains(p) ? " " + WRONG_MARK : "").append(" |");
    }
    md.append("\n|---|").append("---|".repeat(n)).append('\n');
    for (String v : t.variables()) {
      row(md, "`" + v + "`", t.values().get(v).stream().map(PythonText::of).toList(), n);
    }
    row(md, "**prediction**", t.predictions(), n);
    if (!t.expected().isEmpty()) {
      row(md, "**expected**", t.expected(), n);
    }
    md.append('\n');

    md.append("### Heads\n\n");
    if (t.heads().isEmpty()) {
      md.append("The program has no heads.\n\n");
    } else {
      md.append("A categorical head's row gives the key position each query position selected; a numerical head's, how many keys matched.\n\n");
      md.append("| head |");
      for (int p = 0; p < n; p++) {
        md.append(' ').append(p).append(wrong.contains(p) ? " " + WRONG_MARK : "").append(" |");
      }
      md.append("\n|---|").append("---|".repeat(n)).append('\n');
      for (HeadSelection h : t.heads()) {
        List<String> cells = h.perQuery().stream().map(s -> (h.numerical() ? "" : "→ ") + s).toList();
        row(md, "`" + h.head() + "`" + (h.numerical() ? " (count)" : ""), cells, n);
      }
      md.append('\n');
    }

    for (WrongPosition w : t.wrong()) {
      md.append("### Position ").append(w.position()).append(": predicted ").append(cell(w.predicted())).append(", expected ")
          .append(cell(w.expected())).append("\n\n");
      if (w.pushes().isEmpty()) {
        md.append("No classifier breakdown: the weights file was not read.\n\n");
      } else {
        md.append("| feature | value | push towards ").append(cell(w.predicted())).append(" over ").append(cell(w.expected()))
            .append(" |\n|---|---|---|\n");
        for (FeaturePush f : w.pushes()) {
          md.append("| `").append(f.feature()).append("` | ").append(cell(f.value())).append(" | ").append(push(f.push())).append(" |\n");
        }
        md.append('\n');
      }
      ProvenanceNode root = input.provenance().get(w.position());
      if (root != null) {
        md.append("Provenance:\n\n");
        tree(md, root, 0);
        md.append('\n');
      }
    }
  }

  private static void row(StringBuilder md, String name, List<String> values, int n) {
    md.append("| ").append(name).append(" |");
    for (int p = 0; p < n; p++) {
      md.append(' ').append(p < values.size() ? cell(values.get(p)) : "").append(" |");
    }
    md.append('\n');
  }

  private static void tree(StringBuilder md, ProvenanceNode node, int depth) {
    md.append("  ".repeat(depth)).append("- ").append(cell(node.label())).append('\n');
    node.children().forEach(c -> tree(md, c, depth + 1));
  }

  /** A push with its sign and four decimals. */
  static String push(double value) {
    return String.format(Locale.ROOT, "%+.4f", value);
  }
}
