package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.analyzer.ablation.AblationReport;
import io.tprog.analyzer.ablation.AblationRow;
import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.ablation.MinimalCircuits;
import io.tprog.analyzer.run.AccuracyCell;
import io.tprog.analyzer.run.Breakdown;
import io.tprog.analyzer.run.Progress;
import io.tprog.analyzer.analysis.CircuitComponent;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.reports.Fixtures;
import io.tprog.reports.Fixtures.Analysed;
import io.tprog.reports.Markup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CircuitReportWriterTest {
  private static final Path SORT = Fixtures.path("dynamic/sort/sort.py");

  @Test
  void writesEveryFileAndTheJsonDescribesTheAnalysedGraph(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    CircuitReportWriter.write(sort.read().model(), sort.report(), out);

    for (String file : List.of("report.md", "report.html", "report.json", "graph.dot")) {
      assertTrue(Files.size(out.resolve(file)) > 0, file);
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(sort.report().nodes().size(), json.get("nodes").size());
    assertEquals(sort.report().edges().size(), json.get("edges").size());
    Set<String> expectedHeads = new TreeSet<>();
    for (CircuitComponent c : sort.report().classifierCircuit().components()) {
      if (c.kind().head()) {
        expectedHeads.add(c.id());
      }
    }
    Set<String> reportedHeads = new TreeSet<>();
    json.get("circuitHeads").forEach(h -> reportedHeads.add(h.asText()));
    assertEquals(expectedHeads, reportedHeads);
    assertFalse(expectedHeads.isEmpty(), "the sort fixture's classifier reads heads");
    assertEquals(sort.read().model().heads().size(), json.get("heads").size());
    assertEquals(sort.read().model().mlps().size(), json.get("mlps").size());
    assertEquals("sort.py", json.get("program").asText());
  }

  @Test
  void htmlIsSelfContainedAndDrawsEveryComponentOnce(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    CircuitReportWriter.write(sort.read().model(), sort.report(), out);
    String html = Files.readString(out.resolve("report.html"));

    String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertFalse(withoutSvgNamespace.contains("http://") || withoutSvgNamespace.contains("https://"), "no external URL");
    assertFalse(html.contains("<link") || html.contains("<script src"), "no external script or style");
    assertEquals(sort.report().nodes().stream().map(GraphNode::id).toList(), drawnIds(svg(html, "dataflow")));
    assertTrue(html.indexOf("<details id=\"full-graph\">") < html.indexOf("id=\"dataflow\""), "the full graph is one click away");
    for (String head : circuitHeads(sort)) {
      assertTrue(html.contains("class=\"node kind-head circuit-head\" data-id=\"" + head + "\"")
          || html.contains("class=\"node kind-numerical-head circuit-head\" data-id=\"" + head + "\""), head);
    }
  }

  @Test
  void outputIsDeterministic(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    CircuitReportWriter.write(sort.read().model(), sort.report(), out.resolve("a"));
    Analysed again = Fixtures.analyse(SORT);
    CircuitReportWriter.write(again.read().model(), again.report(), out.resolve("b"));
    for (String file : List.of("report.md", "report.html", "report.json", "graph.dot")) {
      assertEquals(Files.readString(out.resolve("a").resolve(file)), Files.readString(out.resolve("b").resolve(file)), file);
    }
  }

  @Test
  void dotHighlightsTheClassifierCircuit(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    CircuitReportWriter.write(sort.read().model(), sort.report(), out);
    String dot = Files.readString(out.resolve("graph.dot"));
    for (CircuitComponent c : sort.report().classifierCircuit().components()) {
      assertTrue(dot.lines().anyMatch(l -> l.startsWith("  \"" + c.id() + "\" [") && l.contains("filled")), c.id());
    }
  }

  /** With data, each class's minimal circuit: a table in both formats, and the selection a click on the class shows. */
  @Test
  void minimalCircuitsAreShownAndSelectedPerClass(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    List<Example> examples = Dataset.read(Fixtures.path("dynamic/sort/sort.jsonl")).examples();
    Ablator ablator = new Ablator(SORT);
    MinimalCircuit two = new MinimalCircuits(ablator).find("2", examples, Progress.NONE);
    assertTrue(two.components().size() < two.staticCircuit().size(), two.toString());
    AblationTable table = AblationTable.of("sort.jsonl", ablator.ablate(List.of("attn_0_0"), examples), List.of(two));
    CircuitReport report = CircuitReportWriter.write(sort.read().model(), sort.report(), Optional.of(table), out);

    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("### Minimal circuits"), md);
    assertTrue(md.contains("| 2 | " + String.join(", ", two.components().stream().map(c -> "`" + c + "`").toList()) + " | "
        + two.components().size() + " of " + two.staticCircuit().size() + " | " + two.keptInJython() + " of " + two.positions()), md);
    assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"minimal-circuits\""));

    Selections selections = Selections.of(report);
    List<String> minimal = selections.minimal().get("2").nodes();
    List<String> all = selections.classes().get("2").nodes();
    for (String c : two.staticCircuit()) {
      assertEquals(two.components().contains(c), minimal.contains(c), c);
    }
    assertTrue(all.containsAll(minimal) && minimal.size() < all.size());
    assertTrue(minimal.contains("classifier"));
  }

  /**
   * With data, "Where it fails": the sort fixture is right on all of sort.jsonl, so one gold label of every length-3
   * example is made wrong; that length, and no other, must come first at two of its three positions right.
   */
  @Test
  void whereItFailsPutsTheWorstLengthFirstInBothFormats(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    List<Example> examples = new ArrayList<>();
    int lengthThree = 0;
    for (Example e : Dataset.read(Fixtures.path("dynamic/sort/sort.jsonl")).examples()) {
      if (Breakdown.inputLength(e.tokens()) != 3) {
        examples.add(e);
        continue;
      }
      List<String> labels = new ArrayList<>(e.labels());
      labels.set(1, labels.get(1).equals("0") ? "1" : "0");
      examples.add(new Example(e.split(), e.tokens(), labels, e.line()));
      lengthThree++;
    }
    assertTrue(lengthThree > 0, "sort.jsonl has examples of length 3");
    Ablator ablator = new Ablator(SORT);
    AblationTable table = AblationTable.of("sort.jsonl", ablator.ablate(List.of("attn_0_0"), examples), List.of(), ablator.baseline(examples));
    CircuitReport report = CircuitReportWriter.write(sort.read().model(), sort.report(), Optional.of(table), out);

    assertEquals(List.of("length", "position", "class"), report.ablation().whereItFails().stream().map(FailureTable::by).toList());
    List<AccuracyCell> byLength = report.ablation().whereItFails().get(0).cells();
    assertEquals(new AccuracyCell("3", 2 * lengthThree, 3 * lengthThree, 0, lengthThree), byLength.get(0));
    assertTrue(byLength.subList(1, byLength.size()).stream().allMatch(c -> c.positionAccuracy() == 1.0), byLength.toString());
    assertTrue(report.ablation().whereItFails().get(1).cells().get(0).positionAccuracy() < 1.0, "position 1 holds every wrong label");
    assertEquals("1", report.ablation().whereItFails().get(1).cells().get(0).value());

    String md = Files.readString(out.resolve("report.md"));
    String firstRow = "| 3 | " + Markup.percent(2.0 / 3) + " | " + 2 * lengthThree + "/" + 3 * lengthThree + " | 0.00% | 0/" + lengthThree + " |";
    assertTrue(md.contains("## Where it fails on sort.jsonl"), md);
    assertTrue(md.contains("### By input length\n\n| length | position accuracy | right/positions | example accuracy | right/examples |\n"
        + "|---|---|---|---|---|\n" + firstRow + "\n"), md);
    assertTrue(md.contains("### By position") && md.contains("### By gold class"), md);
    String html = Files.readString(out.resolve("report.html"));
    for (String by : List.of("length", "position", "class")) {
      assertTrue(html.contains("<table id=\"fails-by-" + by + "\">"), by);
    }
    assertTrue(html.contains("<tr><td>3</td><td>" + Markup.percent(2.0 / 3) + "</td><td>" + 2 * lengthThree + "/" + 3 * lengthThree + "</td>"), html);
    assertTrue(CircuitReportWriter.json(report).contains("\"whereItFails\""));
  }

  @Test
  void withoutABaselineThereIsNoWhereItFailsSection(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    List<Example> examples = Dataset.read(Fixtures.path("dynamic/sort/sort.jsonl")).examples().subList(0, 4);
    AblationTable table = AblationTable.of("sort.jsonl", new Ablator(SORT).ablate(List.of("attn_0_0"), examples));
    CircuitReportWriter.write(sort.read().model(), sort.report(), Optional.of(table), out);
    assertFalse(Files.readString(out.resolve("report.md")).contains("Where it fails"));
    assertFalse(Files.readString(out.resolve("report.html")).contains("Where it fails"));
  }

  @Test
  void theAnalyzersAblationIsShownWhenADatasetIsGiven(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    List<Example> examples = Dataset.read(Fixtures.path("dynamic/sort/sort.jsonl")).examples().subList(0, 12);
    AblationReport ablated = new Ablator(SORT).ablate(List.of("num_attn_0_0", "attn_0_0"), examples);
    AblationTable table = AblationTable.of("sort.jsonl", ablated);
    CircuitReport report = CircuitReportWriter.write(sort.read().model(), sort.report(), Optional.of(table), out);

    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("## Ablation on sort.jsonl"));
    AblationRow counts = ablated.rows().get(0);
    assertTrue(counts.changedPredictions() > 0, "sort needs its count of zeros");
    assertTrue(
        md.contains("| `num_attn_0_0` | 0 | " + Markup.percent(counts.positionAccuracy()) + " | " + Markup.signedPercent(counts.accuracyChange())
            + " | " + Markup.percent(counts.sequenceAccuracy()) + " | " + counts.changedPredictions() + " | yes | no |"),
        md);
    assertTrue(md.contains("| `attn_0_0` | 0 | 100.00% | +0.00% | 100.00% | 0 | no |"), md);
    assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"ablation\""));
    assertTrue(report.accuracy().stream().anyMatch(f -> f.name().equals("sort.jsonl positions") && f.value() == ablated.positionAccuracy()));
  }

  @Test
  void trainingMetricsAndCurvesBesideTheProgramArePlottedAndLinked(@TempDir Path dir) throws Exception {
    Path program = Fixtures.copyProgram(SORT, dir.resolve("run"));
    Files.writeString(
        program.resolveSibling("curves.csv"),
        "epoch,loss,train_accuracy,temperature,validation_accuracy,seconds\n1,1.5,0.4,3.0,0.5,0.2\n2,0.7,0.8,0.3,0.9,0.2\n3,0.2,0.95,0.01,1.0,0.2\n");
    Files.writeString(
        program.resolveSibling("metrics.json"),
        "{\"accuracy\": {\"test\": {\"program_token_accuracy\": 0.75, \"scored_positions\": 120}}}\n");
    Analysed run = Fixtures.analyse(program);
    Path out = dir.resolve("report");
    CircuitReport report = CircuitReportWriter.write(run.read().model(), run.report(), out);

    assertEquals(List.of("loss.png", "accuracy.png", "temperature.png"), report.plots());
    for (String plot : report.plots()) {
      byte[] png = Files.readAllBytes(out.resolve(plot));
      assertEquals((byte) 0x89, png[0]);
      assertEquals('P', png[1]);
    }
    assertTrue(report.accuracy().stream().anyMatch(f -> f.name().equals("test.program_token_accuracy") && f.value() == 0.75));
    assertFalse(report.accuracy().stream().anyMatch(f -> f.name().contains("scored_positions")));
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<a href=\"loss.png\"><img class=\"plot\" alt=\"loss.png\" src=\"data:image/png;base64,"));
    assertTrue(Files.readString(out.resolve("report.md")).contains("![accuracy.png](accuracy.png)"));
  }

  static Stream<Path> everyFixtureProgram() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.root())) {
      return files
          .filter(f -> f.toString().endsWith(".py") && !f.startsWith(Fixtures.path("hostile")) && !f.getFileName().toString().startsWith("make_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("everyFixtureProgram")
  void everyFixtureProgramGetsACompleteReport(Path program, @TempDir Path out) throws Exception {
    Analysed analysed = Fixtures.analyse(program);
    CircuitReport report = CircuitReportWriter.write(analysed.read().model(), analysed.report(), out);
    assertEquals(analysed.report().nodes().size(), report.nodes().size());
    String html = Files.readString(out.resolve("report.html"));
    assertEquals(report.nodes().size(), svg(html, "dataflow").split("<g class=\"node ", -1).length - 1, program.toString());
    assertEquals(report.problems().size(), analysed.report().problems().size());
  }

  /** Without data, the page first draws the classifier's static circuit alone, and a layer overview of it. */
  @Test
  void withoutDataTheClassifiersStaticCircuitIsDrawnFirst(@TempDir Path out) throws Exception {
    Analysed sort = Fixtures.analyse(SORT);
    CircuitReportWriter.write(sort.read().model(), sort.report(), out);
    String html = Files.readString(out.resolve("report.html"));
    Set<String> expected = new TreeSet<>(List.of("classifier"));
    sort.report().classifierCircuit().components().forEach(c -> expected.add(c.id()));
    List<String> drawn = drawnIds(svg(html, "focus-0"));
    assertEquals(expected, new TreeSet<>(drawn));
    assertEquals(expected.size(), drawn.size(), "one node per component");
    assertTrue(drawn.size() < sort.report().nodes().size(), "the sort fixture's classifier circuit leaves nodes out");
    assertFalse(html.contains("id=\"focus-1\""));
    assertTrue(html.contains("<table id=\"layer-overview\"><tr><th>layer</th><th>nodes</th><th>classifier&#39;s circuit</th></tr>"), html);
  }

  /** The SVG element with this id, from its start to its end. */
  static String svg(String html, String id) {
    int start = html.lastIndexOf("<svg", html.indexOf("id=\"" + id + "\""));
    assertTrue(start >= 0, id);
    return html.substring(start, html.indexOf("</svg>", start));
  }

  /** The data-id of every node drawn in an SVG, in drawing order. */
  static List<String> drawnIds(String svg) {
    Matcher ids = Pattern.compile("<g class=\"node[^\"]*\" data-id=\"([^\"]+)\"").matcher(svg);
    return ids.results().map(m -> m.group(1)).toList();
  }

  private static Set<String> circuitHeads(Analysed a) {
    Set<String> heads = new TreeSet<>();
    a.report().classifierCircuit().components().stream().filter(c -> c.kind().head()).forEach(c -> heads.add(c.id()));
    return heads;
  }
}
