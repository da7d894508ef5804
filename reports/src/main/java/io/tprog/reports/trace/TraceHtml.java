package io.tprog.reports.trace;

import static io.tprog.reports.Markup.html;

import io.tprog.analyzer.trace.FeaturePush;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.PythonText;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders traces as one self-contained HTML page: per input the variables x positions table (wrong positions in red),
 * a selection matrix per categorical head (query rows, key columns, the selected key filled), match counts of
 * numerical heads, and per wrong position the classifier breakdown and the provenance tree.
 */
public final class TraceHtml {
  private static final int CELL = 16;
  private static final String STYLE =
      """
      body { font-family: Helvetica, Arial, sans-serif; margin: 24px; color: #222; }
      h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #ddd; } h3 { font-size: 15px; }
      table { border-collapse: collapse; margin: 8px 0 16px; } td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: center; }
      th { background: #f3f3f3; } td.name { text-align: left; font-family: monospace; }
      .wrong { background: #fbdada; } th.wrong { background: #e8a0a0; }
      tr.prediction td, tr.expected td { font-weight: bold; }
      .matrices { display: flex; flex-wrap: wrap; gap: 18px; }
      .matrices figure { margin: 0; } figcaption { font-family: monospace; text-align: center; }
      ul.provenance, ul.provenance ul { list-style: none; padding-left: 18px; border-left: 1px dotted #999; }
      """;

  private TraceHtml() {}

  public static String render(String program, List<TracedInput> inputs) {
    return render(program, inputs, List.of());
  }

  /** The report with the failing examples' groups first (empty: a trace of chosen inputs). */
  public static String render(String program, List<TracedInput> inputs, List<io.tprog.analyzer.trace.FailureGroup> groups) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Trace report: ").append(html(program))
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Trace report: <code>").append(html(program)).append("</code></h1>\n<p>").append(inputs.size())
        .append(inputs.size() == 1 ? " input" : " inputs").append(". Wrong positions are red.</p>\n");
    if (!groups.isEmpty()) {
      h.append("<section class=\"groups\">\n<h2>Failure groups</h2>\n<p>")
          .append(groups.stream().mapToInt(io.tprog.analyzer.trace.FailureGroup::size).sum())
          .append(" misclassified examples, grouped by the first component on their provenance path whose output differs from the nearest passing example's; biggest group first.</p>\n")
          .append("<table class=\"groups\">\n<tr><th>component</th><th>examples</th><th>meaning</th><th>for instance</th></tr>\n");
      for (io.tprog.analyzer.trace.FailureGroup g : groups) {
        var first = g.failures().get(0);
        h.append("<tr data-component=\"").append(html(g.component())).append("\"><td><code>").append(html(g.component()))
            .append("</code></td><td>").append(g.size()).append("</td><td>").append(html(g.explanation())).append("</td><td><code>")
            .append(html(String.join(" ", first.trace().tokens()))).append("</code> at ").append(first.position())
            .append(first.neighbour() == null ? "" : ", beside <code>" + html(String.join(" ", first.neighbour().tokens())) + "</code>")
            .append("</td></tr>\n");
      }
      h.append("</table>\n</section>\n");
    }
    for (int i = 0; i < inputs.size(); i++) {
      input(h, i + 1, inputs.get(i));
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void input(StringBuilder h, int number, TracedInput input) {
    Trace t = input.trace();
    Set<Integer> wrong = t.wrong().stream().map(WrongPosition::position).collect(Collectors.toSet());
    int n = t.tokens().size();
    h.append("<section class=\"input\" id=\"input-").append(number).append("\">\n<h2>Input ").append(number).append(": <code>")
        .append(html(String.join(" ", t.tokens()))).append("</code></h2>\n");

    h.append("<h3>Variables</h3>\n<table class=\"variables\">\n<tr><th>variable</th>");
    for (int p = 0; p < n; p++) {
      h.append("<th").append(wrong.contains(p) ? " class=\"wrong\"" : "").append(">").append(p).append("</th>");
    }
    h.append("</tr>\n");
    for (String v : t.variables()) {
      row(h, "", v, t.values().get(v).stream().map(PythonText::of).toList(), n, wrong);
    }
    row(h, "prediction", "prediction", t.predictions(), n, wrong);
    if (!t.expected().isEmpty()) {
      row(h, "expected", "expected", t.expected(), n, wrong);
    }
    h.append("</table>\n");

    h.append("<h3>Heads</h3>\n<p>Each categorical head: one row per query position, the key position it selected filled.</p>\n")
        .append("<div class=\"matrices\">\n");
    for (HeadSelection s : t.heads()) {
      if (!s.numerical()) {
        h.append("<figure class=\"selection\" data-head=\"").append(html(s.head())).append("\">").append(matrix(s, n, wrong))
            .append("<figcaption>").append(html(s.head())).append("</figcaption></figure>\n");
      }
    }
    h.append("</div>\n");
    List<HeadSelection> numerical = t.heads().stream().filter(HeadSelection::numerical).toList();
    if (!numerical.isEmpty()) {
      h.append("<table class=\"counts\"><tr><th>numerical head: matching keys</th>");
      for (int p = 0; p < n; p++) {
        h.append("<th").append(wrong.contains(p) ? " class=\"wrong\"" : "").append(">").append(p).append("</th>");
      }
      h.append("</tr>\n");
      for (HeadSelection s : numerical) {
        row(h, "", s.head(), s.perQuery().stream().map(String::valueOf).toList(), n, wrong);
      }
      h.append("</table>\n");
    }

    for (WrongPosition w : t.wrong()) {
      h.append("<h3 class=\"wrong-position\" data-position=\"").append(w.position()).append("\">Position ").append(w.position())
          .append(": predicted <code>").append(html(w.predicted())).append("</code>, expected <code>").append(html(w.expected()))
          .append("</code></h3>\n");
      if (w.pushes().isEmpty()) {
        h.append("<p>No classifier breakdown: the weights file was not read.</p>\n");
      } else {
        h.append("<table class=\"breakdown\"><tr><th>feature</th><th>value</th><th>push towards ").append(html(w.predicted()))
            .append(" over ").append(html(w.expected())).append("</th></tr>\n");
        for (FeaturePush f : w.pushes()) {
          h.append("<tr><td class=\"name\">").append(html(f.feature())).append("</td><td>").append(html(f.value())).append("</td><td>")
              .append(TraceMarkdown.push(f.push())).append("</td></tr>\n");
        }
        h.append("</table>\n");
      }
      ProvenanceNode root = input.provenance().get(w.position());
      if (root != null) {
        h.append("<p>Provenance:</p>\n<ul class=\"provenance\">");
        tree(h, root);
        h.append("</ul>\n");
      }
    }
    h.append("</section>\n");
  }

  private static void row(StringBuilder h, String cssClass, String name, List<String> values, int n, Set<Integer> wrong) {
    h.append("<tr").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append("><td class=\"name\">").append(html(name)).append("</td>");
    for (int p = 0; p < n; p++) {
      h.append("<td").append(wrong.contains(p) ? " class=\"wrong\"" : "").append(">").append(p < values.size() ? html(values.get(p)) : "")
          .append("</td>");
    }
    h.append("</tr>\n");
  }

  /** Query positions down, key positions across; the selected key of each query filled, wrong queries' rows tinted. */
  private static String matrix(HeadSelection s, int n, Set<Integer> wrong) {
    int margin = 18;
    int size = margin + n * CELL + 2;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size).append("\" height=\"").append(size)
        .append("\" font-size=\"9\" font-family=\"Helvetica, Arial, sans-serif\">");
    for (int p = 0; p < n; p++) {
      int at = margin + p * CELL + CELL / 2;
      svg.append("<text x=\"").append(at).append("\" y=\"12\" text-anchor=\"middle\">").append(p).append("</text>");
      svg.append("<text x=\"9\" y=\"").append(at + 3).append("\" text-anchor=\"middle\">").append(p).append("</text>");
    }
    for (int q = 0; q < n; q++) {
      for (int k = 0; k < n; k++) {
        boolean selected = q < s.perQuery().size() && s.perQuery().get(q) == k;
        String fill = selected ? "#1f4e9a" : wrong.contains(q) ? "#fbdada" : "#ffffff";
        svg.append("<rect class=\"").append(selected ? "selected" : "cell").append("\" data-query=\"").append(q).append("\" data-key=\"")
            .append(k).append("\" x=\"").append(margin + k * CELL).append("\" y=\"").append(margin + q * CELL).append("\" width=\"").append(CELL)
            .append("\" height=\"").append(CELL).append("\" fill=\"").append(fill).append("\" stroke=\"#cccccc\"/>");
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void tree(StringBuilder h, ProvenanceNode node) {
    h.append("<li>").append(html(node.label()));
    if (!node.children().isEmpty()) {
      h.append("<ul>");
      node.children().forEach(c -> tree(h, c));
      h.append("</ul>");
    }
    h.append("</li>");
  }
}
