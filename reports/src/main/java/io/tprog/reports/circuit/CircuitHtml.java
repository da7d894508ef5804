package io.tprog.reports.circuit;

import static io.tprog.reports.Markup.html;
import static io.tprog.reports.Markup.percent;
import static io.tprog.reports.Markup.signedPercent;

import io.tprog.analyzer.ablation.AblationRow;
import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.analysis.Finding;
import io.tprog.analyzer.graph.NodeKind;
import io.tprog.analyzer.graph.Role;
import io.tprog.analyzer.run.AccuracyCell;
import io.tprog.reports.Markup;
import io.tprog.reports.circuit.CircuitReport.ClassCircuit;
import io.tprog.reports.circuit.CircuitReport.FeedingHead;
import io.tprog.reports.circuit.CircuitReport.Figure;
import io.tprog.reports.circuit.CircuitReport.HeadTable;
import io.tprog.reports.circuit.CircuitReport.MlpTable;
import io.tprog.reports.circuit.CircuitReport.PredicateRow;
import io.tprog.reports.circuit.FocusGraphs.FocusGraph;
import io.tprog.reports.graph.SvgGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link CircuitReport} as one self-contained HTML page: styles, script, the SVG graph and the training
 * plots (as data URIs) are inline, and nothing is fetched from anywhere. Clicking a class button or a graph node
 * highlights that circuit ({@link Selections}).
 */
public final class CircuitHtml {
  private static final String STYLE =
      """
      body { font-family: Helvetica, Arial, sans-serif; margin: 24px; color: #222; max-width: 1400px; }
      h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #ddd; } h3 { font-size: 15px; }
      table { border-collapse: collapse; margin: 8px 0 16px; } td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
      th { background: #f3f3f3; } code { background: #f5f5f5; padding: 0 3px; }
      .graph { overflow: auto; border: 1px solid #ddd; padding: 8px; background: #fff; }
      .focus-title { margin: 0 0 6px; color: #555; } details#full-graph { margin: 12px 0; } details#full-graph summary { cursor: pointer; }
      .controls button { margin: 0 6px 6px 0; padding: 3px 10px; cursor: pointer; }
      .controls button.active { background: #c00000; color: #fff; border-color: #c00000; }
      #selection { color: #555; min-height: 1.2em; }
      .legend span { display: inline-block; margin-right: 14px; }
      .swatch { display: inline-block; width: 14px; height: 4px; vertical-align: middle; margin-right: 4px; }
      .node-swatch { height: 12px; border: 1px solid #444; }
      g.node { cursor: pointer; }
      svg.selecting g.node { opacity: 0.25; }
      svg.selecting g.node.in-circuit { opacity: 1; }
      svg.selecting g.node.in-circuit rect { stroke: #c00000; stroke-width: 3; }
      svg.selecting path.edge { opacity: 0.1; }
      svg.selecting path.edge.in-circuit { opacity: 1; stroke-width: 2.5; }
      svg.selecting g.node.in-static { opacity: 0.6; }
      svg.selecting path.edge.in-static { opacity: 0.35; }
      .heads { display: flex; flex-wrap: wrap; gap: 18px; }
      .heads section { border: 1px solid #e3e3e3; padding: 4px 12px; }
      .heads section.circuit-head { border-color: #c00000; }
      img.plot { max-width: 420px; margin-right: 12px; border: 1px solid #ddd; }
      """;

  private static final String SCRIPT =
      """
      (function () {
        var selections = JSON.parse(document.getElementById('selections').textContent);
        var svgs = document.querySelectorAll('svg.dataflow');
        var status = document.getElementById('selection');
        function show(selection, label, button, lighter) {
          var nodes = new Set(selection.nodes), edges = new Set(selection.edges);
          var staticNodes = new Set(lighter ? lighter.nodes : []), staticEdges = new Set(lighter ? lighter.edges : []);
          svgs.forEach(function (svg) {
            svg.classList.add('selecting');
            svg.querySelectorAll('g.node').forEach(function (g) {
              g.classList.toggle('in-circuit', nodes.has(g.dataset.id));
              g.classList.toggle('in-static', !nodes.has(g.dataset.id) && staticNodes.has(g.dataset.id));
            });
            svg.querySelectorAll('path.edge').forEach(function (p) {
              p.classList.toggle('in-circuit', edges.has(p.dataset.edge));
              p.classList.toggle('in-static', !edges.has(p.dataset.edge) && staticEdges.has(p.dataset.edge));
            });
          });
          document.querySelectorAll('.controls button').forEach(function (b) { b.classList.toggle('active', b === button); });
          status.textContent = (lighter ? 'Minimal circuit of ' : 'Circuit of ') + label + ': ' + selection.nodes.length + ' nodes, '
              + selection.edges.length + ' edges' + (lighter ? ' (static circuit, lighter: ' + lighter.nodes.length + ' nodes).' : '.');
        }
        function clear() {
          svgs.forEach(function (svg) { svg.classList.remove('selecting'); });
          document.querySelectorAll('.in-circuit, .in-static').forEach(function (e) { e.classList.remove('in-circuit', 'in-static'); });
          document.querySelectorAll('.controls button').forEach(function (b) { b.classList.remove('active'); });
          status.textContent = '';
        }
        function draw(c) {
          var focus = document.querySelectorAll('div.focus[data-class]'), chosen = null;
          focus.forEach(function (d) { if (d.dataset.class === c) { chosen = d; } });
          if (chosen) { focus.forEach(function (d) { d.hidden = d !== chosen; }); }
        }
        document.querySelectorAll('button.class-select').forEach(function (b) {
          b.addEventListener('click', function () {
            var c = b.dataset.class, minimal = selections.minimal[c];
            draw(c);
            show(minimal || selections.classes[c], 'class "' + c + '"', b, minimal ? selections.classes[c] : null);
          });
        });
        document.getElementById('clear-selection').addEventListener('click', clear);
        document.querySelectorAll('svg.dataflow g.node').forEach(function (g) {
          function pick() { show(selections.components[g.dataset.id], g.dataset.id, null); }
          g.addEventListener('click', pick);
          g.addEventListener('keydown', function (e) { if (e.key === 'Enter') { pick(); } });
        });
      })();
      """;

  private CircuitHtml() {}

  /**
   * @param focus the circuits drawn first, the first shown ({@link FocusGraphs})
   * @param svg the whole graph, drawn one click away
   * @param selectionsJson {@link Selections} as JSON
   * @param plotImages plot file name to its {@code data:} URI, in display order
   */
  public static String render(CircuitReport r, List<FocusGraph> focus, String svg, String selectionsJson, Map<String, String> plotImages) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Circuit report: ")
        .append(html(r.program())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Circuit report: <code>").append(html(r.program())).append("</code></h1>\n");
    h.append("<p>Format: ").append(html(r.format())).append(". Data in <code>report.json</code>, Graphviz source in <code>graph.dot</code>.</p>\n");

    h.append("<h2>Configuration</h2>\n<table id=\"configuration\"><tr><th>fact</th><th>value</th></tr>\n");
    r.configuration().forEach((k, v) -> row(h, html(k), html(v)));
    row(h, "layers", Integer.toString(r.shape().layers()));
    row(h, "heads (categorical + numerical)", r.shape().heads() + " + " + r.shape().numericalHeads());
    row(h, "MLPs (categorical + numerical)", r.shape().mlps() + " + " + r.shape().numericalMlps());
    row(h, "classes", html(String.join(" ", r.classes())));
    h.append("</table>\n");

    h.append("<h2>Accuracy</h2>\n");
    if (r.accuracy().isEmpty()) {
      h.append("<p>No accuracy is known: the program's header states none, and no metrics or dataset were given.</p>\n");
    } else {
      h.append("<table id=\"accuracy\"><tr><th>source</th><th>figure</th><th>value</th></tr>\n");
      for (Figure f : r.accuracy()) {
        row(h, html(f.source()), html(f.name()), percent(f.value()));
      }
      h.append("</table>\n");
    }

    h.append("<h2>Dataflow graph</h2>\n<div class=\"controls\">Highlight the circuit of a class: ");
    for (String c : r.classes()) {
      h.append("<button class=\"class-select\" data-class=\"").append(html(c)).append("\">").append(html(c)).append("</button>");
    }
    h.append("<button id=\"clear-selection\">clear</button> or click a component.</div>\n");
    h.append("<p class=\"legend\">Edges: ");
    for (Role role : Role.values()) {
      legend(h, role.label(), SvgGraph.roleColour(role.label()));
    }
    h.append("<br>Nodes: ");
    for (NodeKind kind : NodeKind.values()) {
      h.append("<span><span class=\"swatch node-swatch\" style=\"background:").append(SvgGraph.fill(kind)).append("\"></span>")
          .append(SvgGraph.kindId(kind).replace('-', ' ')).append("</span>");
    }
    h.append(" Heads outlined in red are on the classifier's circuit.</p>\n");
    h.append("<p id=\"selection\"></p>\n");
    for (int i = 0; i < focus.size(); i++) {
      FocusGraph g = focus.get(i);
      h.append("<div class=\"graph focus\"").append(g.classLabel() == null ? "" : " data-class=\"" + html(g.classLabel()) + "\"")
          .append(i == 0 ? "" : " hidden").append(">\n<p class=\"focus-title\">Drawn: the ").append(html(g.title())).append(", ")
          .append(g.nodes().size()).append(" of the graph's ").append(r.nodes().size()).append(" nodes")
          .append(g.classLabel() == null ? "" : " (click a class above to draw its own)").append(". The full graph is below.</p>\n")
          .append(g.svg()).append("</div>\n");
    }
    layerOverview(h, r, focus);
    h.append("<details id=\"full-graph\"><summary>Full graph: ").append(r.nodes().size()).append(" nodes, ").append(r.edges().size())
        .append(" edges</summary>\n<div class=\"graph\">\n").append(svg).append("</div>\n</details>\n");

    h.append("<h2>Heads feeding each class</h2>\n");
    for (ClassCircuit c : r.classCircuits()) {
      h.append("<h3>class ").append(html(c.classLabel())).append("</h3>\n<p>Features feeding it: ")
          .append(codes(c.feedingFeatures())).append(". Not feeding it: ").append(codes(c.nonFeedingFeatures())).append(".</p>\n");
      if (c.heads().isEmpty()) {
        h.append("<p>No head feeds this class.</p>\n");
      } else {
        h.append("<table class=\"feeding\" data-class=\"").append(html(c.classLabel())).append("\"><tr><th>head</th><th>layer</th><th>path</th></tr>\n");
        for (FeedingHead f : c.heads()) {
          row(h, "<code>" + html(f.head()) + "</code>", Integer.toString(f.layer()), html(f.path()));
        }
        h.append("</table>\n");
      }
    }

    h.append("<h2>Heads</h2>\n<div class=\"heads\">\n");
    for (HeadTable t : r.heads()) {
      h.append("<section id=\"head-").append(html(t.name())).append("\"").append(r.circuitHeads().contains(t.name()) ? " class=\"circuit-head\"" : "")
          .append(">\n<h3>").append(html(t.name())).append(" <small>(").append(t.numerical() ? "numerical" : "categorical")
          .append(", layer ").append(t.layer()).append(")</small></h3>\n");
      h.append("<table><tr><th>query</th><th>key</th><th>value</th></tr>\n");
      row(h, "<code>" + html(t.query()) + "</code>", "<code>" + html(t.key()) + "</code>", "<code>" + html(t.value()) + "</code>");
      h.append("</table>\n<table class=\"predicate\"><tr><th>query value</th><th>matches key value</th></tr>\n");
      for (PredicateRow p : t.predicate()) {
        row(h, html(p.queryValues()), html(p.keyValue()));
      }
      h.append("</table>\n");
      if (t.opaque()) {
        h.append("<p>Part of this predicate does not fit the if/elif shape; the table is incomplete.</p>\n");
      }
      h.append("</section>\n");
    }
    h.append("</div>\n");

    h.append("<h2>MLPs</h2>\n");
    if (r.mlps().isEmpty()) {
      h.append("<p>The program has no MLPs.</p>\n");
    } else {
      h.append("<table id=\"mlps\"><tr><th>MLP</th><th>kind</th><th>layer</th><th>inputs</th><th>branches</th><th>table size</th><th>default</th></tr>\n");
      for (MlpTable m : r.mlps()) {
        row(h, "<code>" + html(m.name()) + "</code>", m.numerical() ? "numerical" : "categorical", Integer.toString(m.layer()),
            codes(m.inputs()), Integer.toString(m.branches()), m.tableSize() + (m.opaque() ? " (incomplete)" : ""), html(m.defaultOutput()));
      }
      h.append("</table>\n");
    }

    h.append("<h2>Dead code</h2>\n");
    findings(h, r.deadCode(), "No dead code found.");
    h.append("<h2>Constant variables</h2>\n");
    findings(h, r.constants(), "No constant variables found.");

    if (r.ablation() != null) {
      AblationTable a = r.ablation();
      h.append("<h2>Ablation on ").append(html(a.dataset())).append("</h2>\n<p>Each component's outputs replaced by its default, one at a time, on ")
          .append(a.examples()).append(" examples. The intact program: ").append(percent(a.positionAccuracy())).append(" of positions, ")
          .append(percent(a.sequenceAccuracy())).append(" of sequences.</p>\n<table id=\"ablation\"><tr><th>component</th><th>layer</th>")
          .append("<th>positions</th><th>change</th><th>sequences</th><th>changed predictions</th><th>on static circuit</th><th>statically dead</th></tr>\n");
      for (AblationRow row : a.rows()) {
        row(h, "<code>" + html(row.component()) + "</code>", Integer.toString(row.layer()), percent(row.positionAccuracy()),
            signedPercent(row.accuracyChange()), percent(row.sequenceAccuracy()), Integer.toString(row.changedPredictions()),
            row.inStaticCircuit() ? "yes" : "no",
            (row.staticallyDead() ? "yes" : "no") + (row.conflict() ? " <strong>(conflict: ablation changed predictions)</strong>" : ""));
      }
      h.append("</table>\n");
      if (!a.minimalCircuits().isEmpty()) {
        h.append("<h3>Minimal circuits</h3>\n<p>").append(html(MINIMAL_EXPLAINED)).append(" Clicking a class above highlights its minimal ")
            .append("circuit, with the rest of its static circuit lighter.</p>\n<table id=\"minimal-circuits\"><tr><th>class</th>")
            .append("<th>components</th><th>of the static circuit</th><th>predictions kept in Jython</th></tr>\n");
        for (MinimalCircuit m : a.minimalCircuits()) {
          row(h, html(m.classLabel()), m.components().stream().map(c -> "<code>" + html(c) + "</code>").collect(java.util.stream.Collectors.joining(", ")),
              m.components().size() + " of " + m.staticCircuit().size(), m.keptInJython() + " of " + m.positions() + " (" + percent(m.keptShareInJython()) + ")");
        }
        h.append("</table>\n");
      }
      whereItFails(h, a);
    }

    if (!plotImages.isEmpty()) {
      h.append("<h2>Training</h2>\n<p>");
      plotImages.forEach(
          (file, uri) ->
              h.append("<a href=\"").append(html(file)).append("\"><img class=\"plot\" alt=\"").append(html(file))
                  .append("\" src=\"").append(uri).append("\"></a>"));
      h.append("</p>\n");
    }

    if (!r.problems().isEmpty()) {
      h.append("<h2>Problems reading the program</h2>\n<ul>\n");
      r.problems().forEach(p -> h.append("<li>").append(html(p)).append("</li>\n"));
      h.append("</ul>\n");
    }

    h.append("<script type=\"application/json\" id=\"selections\">").append(selectionsJson.replace("</", "<\\/")).append("</script>\n");
    h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  /** What a minimal circuit is, for both report formats. */
  static final String MINIMAL_EXPLAINED =
      "Per class, the smallest set of heads and MLPs found (greedily: from the static circuit, components are dropped one at a time, "
          + "least effect first) that, with every other one ablated, keeps at least 99.5% of the positions the program predicts as "
          + "the class on this data; checked by running the program so ablated in Jython.";

  /** Per layer, how many nodes the program has and how many each drawn circuit keeps. */
  private static void layerOverview(StringBuilder h, CircuitReport r, List<FocusGraph> focus) {
    Map<Integer, Integer> all = new TreeMap<>();
    Map<String, Integer> layerOf = new HashMap<>();
    r.nodes().forEach(n -> {
      all.merge(n.layer(), 1, Integer::sum);
      layerOf.put(n.id(), n.layer());
    });
    h.append("<p>Layer overview: the program's nodes per layer, and how many of them each drawn circuit keeps.</p>\n");
    h.append("<table id=\"layer-overview\"><tr><th>layer</th><th>nodes</th>");
    focus.forEach(g -> h.append("<th>").append(html(g.classLabel() == null ? "classifier's circuit" : "class " + g.classLabel())).append("</th>"));
    h.append("</tr>\n");
    all.forEach((layer, count) -> {
      List<String> cells = new ArrayList<>(List.of(html(CircuitMarkdown.layerName(layer, r.shape().layers())), Integer.toString(count)));
      focus.forEach(g -> cells.add(Long.toString(g.nodes().stream().filter(n -> layerOf.get(n) == layer.intValue()).count())));
      row(h, cells.toArray(String[]::new));
    });
    h.append("</table>\n");
  }

  /** The "Where it fails" section: one table per breakdown ({@code id="fails-by-length"}, ...), worst cells first. */
  private static void whereItFails(StringBuilder h, AblationTable a) {
    if (a.whereItFails().isEmpty()) {
      return;
    }
    h.append("<h2 id=\"where-it-fails\">Where it fails on ").append(html(a.dataset())).append("</h2>\n<p>")
        .append(html(FailureTable.explained(a.dataset()))).append("</p>\n");
    for (FailureTable t : a.whereItFails()) {
      h.append("<h3>By ").append(html(t.title())).append("</h3>\n<table id=\"fails-by-").append(html(t.by())).append("\"><tr><th>")
          .append(html(t.by())).append("</th>");
      FailureTable.HEADINGS.forEach(heading -> h.append("<th>").append(html(heading)).append("</th>"));
      h.append("</tr>\n");
      for (AccuracyCell c : t.shown()) {
        row(h, FailureTable.row(c).stream().map(Markup::html).toArray(String[]::new));
      }
      h.append("</table>\n").append(t.omitted().isEmpty() ? "" : "<p>" + html(t.omitted()) + "</p>\n");
    }
  }

  private static void row(StringBuilder h, String... cells) {
    h.append("<tr>");
    for (String c : cells) {
      h.append("<td>").append(c).append("</td>");
    }
    h.append("</tr>\n");
  }

  private static void legend(StringBuilder h, String role, String colour) {
    h.append("<span><span class=\"swatch\" style=\"background:").append(colour).append("\"></span>").append(role).append("</span>");
  }

  private static String codes(List<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      out.append(out.length() == 0 ? "" : ", ").append("<code>").append(html(n)).append("</code>");
    }
    return out.toString();
  }

  private static void findings(StringBuilder h, List<Finding> findings, String none) {
    if (findings.isEmpty()) {
      h.append("<p>").append(none).append("</p>\n");
      return;
    }
    h.append("<table><tr><th>kind</th><th>component</th><th>line</th><th>why</th></tr>\n");
    for (Finding f : findings) {
      row(h, html(f.kind().id()), "<code>" + html(f.component()) + "</code>", Integer.toString(f.line()), html(f.detail()));
    }
    h.append("</table>\n");
  }
}
