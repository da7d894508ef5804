package io.tprog.reports.circuit;

import static io.tprog.reports.Markup.cell;
import static io.tprog.reports.Markup.percent;
import static io.tprog.reports.Markup.signedPercent;

import io.tprog.analyzer.ablation.AblationRow;
import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.analysis.Finding;
import io.tprog.analyzer.run.AccuracyCell;
import io.tprog.reports.circuit.CircuitReport.ClassCircuit;
import io.tprog.reports.circuit.CircuitReport.FeedingHead;
import io.tprog.reports.circuit.CircuitReport.Figure;
import io.tprog.reports.circuit.CircuitReport.HeadTable;
import io.tprog.reports.circuit.CircuitReport.MlpTable;
import io.tprog.reports.circuit.CircuitReport.Node;
import io.tprog.reports.circuit.CircuitReport.PredicateRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link CircuitReport} as {@code report.md}: the same sections as the HTML page, with the graph as a list. */
public final class CircuitMarkdown {
  private CircuitMarkdown() {}

  public static String render(CircuitReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Circuit report: ").append(r.program()).append("\n\n");
    md.append("Format: ").append(r.format()).append(". Graph drawn in `report.html`; Graphviz source in `graph.dot`; data in `report.json`.\n\n");

    md.append("## Configuration\n\n| fact | value |\n|---|---|\n");
    r.configuration().forEach((k, v) -> md.append("| ").append(cell(k)).append(" | ").append(cell(v)).append(" |\n"));
    md.append("| layers | ").append(r.shape().layers()).append(" |\n");
    md.append("| heads (categorical + numerical) | ").append(r.shape().heads()).append(" + ").append(r.shape().numericalHeads()).append(" |\n");
    md.append("| MLPs (categorical + numerical) | ").append(r.shape().mlps()).append(" + ").append(r.shape().numericalMlps()).append(" |\n");
    md.append("| classes | ").append(cell(String.join(" ", r.classes()))).append(" |\n\n");

    md.append("## Accuracy\n\n");
    if (r.accuracy().isEmpty()) {
      md.append("No accuracy is known: the program's header states none, and no metrics or dataset were given.\n\n");
    } else {
      md.append("| source | figure | value |\n|---|---|---|\n");
      for (Figure f : r.accuracy()) {
        md.append("| ").append(f.source()).append(" | ").append(cell(f.name())).append(" | ").append(percent(f.value())).append(" |\n");
      }
      md.append('\n');
    }

    md.append("## Dataflow graph\n\n");
    md.append(r.nodes().size()).append(" nodes, ").append(r.edges().size()).append(" edges. Heads on the classifier's circuit: ")
        .append(r.circuitHeads().isEmpty() ? "none" : code(r.circuitHeads())).append(".\n\n");
    md.append("| layer | components |\n|---|---|\n");
    Map<Integer, StringBuilder> byLayer = new TreeMap<>();
    for (Node n : r.nodes()) {
      StringBuilder line = byLayer.computeIfAbsent(n.layer(), l -> new StringBuilder());
      line.append(line.length() == 0 ? "" : ", ").append('`').append(n.id()).append("` (").append(n.kind()).append(')');
    }
    byLayer.forEach((layer, line) -> md.append("| ").append(layerName(layer, r.shape().layers())).append(" | ").append(line).append(" |\n"));
    md.append('\n');

    md.append("## Heads feeding each class\n\n");
    for (ClassCircuit c : r.classCircuits()) {
      md.append("### class ").append(cell(c.classLabel())).append("\n\n");
      md.append("Features feeding it: ").append(c.feedingFeatures().isEmpty() ? "none" : code(c.feedingFeatures()));
      md.append(". Not feeding it: ").append(c.nonFeedingFeatures().isEmpty() ? "none" : code(c.nonFeedingFeatures())).append(".\n\n");
      if (c.heads().isEmpty()) {
        md.append("No head feeds this class.\n\n");
      } else {
        md.append("| head | layer | path |\n|---|---|---|\n");
        for (FeedingHead h : c.heads()) {
          md.append("| `").append(h.head()).append("` | ").append(h.layer()).append(" | ").append(cell(h.path())).append(" |\n");
        }
        md.append('\n');
      }
    }

    md.append("## Heads\n\n");
    if (r.heads().isEmpty()) {
      md.append("The program has no heads.\n\n");
    }
    for (HeadTable h : r.heads()) {
      md.append("### ").append(h.name()).append(" (").append(h.numerical() ? "numerical" : "categorical").append(", layer ")
          .append(h.layer()).append(")\n\n");
      md.append("| query | key | value |\n|---|---|---|\n| `").append(h.query()).append("` | `").append(h.key()).append("` | `")
          .append(h.value()).append("` |\n\n");
      md.append("| query value | matches key value |\n|---|---|\n");
      for (PredicateRow p : h.predicate()) {
        md.append("| ").append(cell(p.queryValues())).append(" | ").append(cell(p.keyValue())).append(" |\n");
      }
      if (h.opaque()) {
        md.append("\nPart of this predicate does not fit the if/elif shape; the table above is incomplete.\n");
      }
      md.append('\n');
    }

    md.append("## MLPs\n\n");
    if (r.mlps().isEmpty()) {
      md.append("The program has no MLPs.\n\n");
    } else {
      md.append("| MLP | kind | layer | inputs | branches | table size | default |\n|---|---|---|---|---|---|---|\n");
      for (MlpTable m : r.mlps()) {
        md.append("| `").append(m.name()).append("` | ").append(m.numerical() ? "numerical" : "categorical").append(" | ").append(m.layer())
            .append(" | ").append(code(m.inputs())).append(" | ").append(m.branches()).append(" | ").append(m.tableSize())
            .append(m.opaque() ? " (incomplete)" : "").append(" | ").append(cell(m.defaultOutput())).append(" |\n");
      }
      md.append('\n');
    }

    md.append("## Dead code\n\n");
    findings(md, r.deadCode(), "No dead code found.");
    md.append("## Constant variables\n\n");
    findings(md, r.constants(), "No constant variables found.");

    if (r.ablation() != null) {
      AblationTable a = r.ablation();
      md.append("## Ablation on ").append(cell(a.dataset())).append("\n\n");
      md.append("Each component's outputs replaced by its default, one at a time, on ").append(a.examples())
          .append(" examples. The intact program: ").append(percent(a.positionAccuracy())).append(" of positions, ")
          .append(percent(a.sequenceAccuracy())).append(" of sequences.\n\n");
      md.append("| component | layer | positions | change | sequences | changed predictions | on static circuit | statically dead |\n");
      md.append("|---|---|---|---|---|---|---|---|\n");
      for (AblationRow row : a.rows()) {
        md.append("| `").append(row.component()).append("` | ").append(row.layer()).append(" | ").append(percent(row.positionAccuracy()))
            .append(" | ").append(signedPercent(row.accuracyChange())).append(" | ").append(percent(row.sequenceAccuracy())).append(" | ")
            .append(row.changedPredictions()).append(" | ").append(row.inStaticCircuit() ? "yes" : "no").append(" | ")
            .append(row.staticallyDead() ? "yes" : "no").append(row.conflict() ? " (**conflict**: ablation changed predictions)" : "")
            .append(" |\n");
      }
      md.append('\n');
      if (!a.minimalCircuits().isEmpty()) {
        md.append("### Minimal circuits\n\n").append(CircuitHtml.MINIMAL_EXPLAINED).append("\n\n");
        md.append("| class | components | of the static circuit | predictions kept in Jython |\n|---|---|---|---|\n");
        for (MinimalCircuit m : a.minimalCircuits()) {
          md.append("| ").append(cell(m.classLabel())).append(" | ")
              .append(m.components().stream().map(c -> "`" + c + "`").collect(java.util.stream.Collectors.joining(", "))).append(" | ")
              .append(m.components().size()).append(" of ").append(m.staticCircuit().size()).append(" | ").append(m.keptInJython()).append(" of ")
              .append(m.positions()).append(" (").append(percent(m.keptShareInJython())).append(") |\n");
        }
        md.append('\n');
      }
      whereItFails(md, a);
    }

    if (!r.plots().isEmpty()) {
      md.append("## Training\n\n");
      for (String plot : r.plots()) {
        md.append("![").append(plot).append("](").append(plot).append(")\n");
      }
      md.append('\n');
    }

    if (!r.problems().isEmpty()) {
      md.append("## Problems reading the program\n\n");
      r.problems().forEach(p -> md.append("- ").append(cell(p)).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  /** The "Where it fails" section: one table per breakdown, worst cells first. */
  private static void whereItFails(StringBuilder md, AblationTable a) {
    if (a.whereItFails().isEmpty()) {
      return;
    }
    md.append("## Where it fails on ").append(cell(a.dataset())).append("\n\n").append(cell(FailureTable.explained(a.dataset()))).append("\n\n");
    for (FailureTable t : a.whereItFails()) {
      md.append("### By ").append(t.title()).append("\n\n| ").append(t.by());
      FailureTable.HEADINGS.forEach(heading -> md.append(" | ").append(heading));
      md.append(" |\n|---").append("|---".repeat(FailureTable.HEADINGS.size())).append("|\n");
      for (AccuracyCell c : t.shown()) {
        md.append('|');
        FailureTable.row(c).forEach(text -> md.append(' ').append(cell(text)).append(" |"));
        md.append('\n');
      }
      md.append(t.omitted().isEmpty() ? "" : "\n" + t.omitted() + "\n").append('\n');
    }
  }

  /** {@code embeddings}, {@code layer 0}, ..., {@code classifier}. */
  static String layerName(int layer, int layers) {
    if (layer < 0) {
      return "embeddings";
    }
    return layer >= layers ? "classifier" : "layer " + layer;
  }

  private static String code(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      out.append(out.length() == 0 ? "" : ", ").append('`').append(n).append('`');
    }
    return out.toString();
  }

  private static void findings(StringBuilder md, List<Finding> findings, String none) {
    if (findings.isEmpty()) {
      md.append(none).append("\n\n");
      return;
    }
    md.append("| kind | component | line | why |\n|---|---|---|---|\n");
    for (Finding f : findings) {
      md.append("| ").append(f.kind().id()).append(" | `").append(f.component()).append("` | ").append(f.line()).append(" | ")
          .append(cell(f.detail())).append(" |\n");
    }
    md.append('\n');
  }
}
