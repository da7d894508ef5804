package io.tprog.reports.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.program.ProgramReader;
import io.tprog.format.sandbox.Programs;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.Tracer;
import io.tprog.analyzer.trace.WrongPosition;
import io.tprog.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceReportWriterTest {
  static final Path SORT = Fixtures.path("dynamic/sort/sort.py");
  static final List<String> TOKENS = List.of("<s>", "2", "0", "1", "</s>");
  /** The right labels are {@code <pad> 0 1 2 <pad>}; position 2 is labelled wrongly on purpose, so it is marked. */
  static final List<String> EXPECTED = List.of("<pad>", "0", "2", "2", "<pad>");

  private static Trace trace;

  @BeforeAll
  static void traceOneInput() {
    trace = traceSort();
  }

  static Trace traceSort() {
    return new Tracer(Programs.load(SORT), ProgramReader.read(SORT).model()).trace(TOKENS, EXPECTED);
  }

  static ProvenanceNode provenance() {
    return new ProvenanceNode(
        "prediction at position 2: \"1\"",
        List.of(new ProvenanceNode("mlp_2_0_outputs[2] = 1", List.of(new ProvenanceNode("tokens[2] = \"0\"", List.of())))));
  }

  @Test
  void markdownMarksWrongPositionsAndExplainsThem(@TempDir Path out) throws Exception {
    assertEquals(List.of(2), trace.wrong().stream().map(WrongPosition::position).toList());
    TraceReportWriter.write("sort.py", List.of(new TracedInput(trace, Map.of(2, provenance()))), out);
    String md = Files.readString(out.resolve("trace.md"));

    assertTrue(md.contains("| variable | 0 | 1 | 2 ✗ | 3 | 4 |"), md);
    for (String variable : trace.variables()) {
      assertTrue(md.contains("| `" + variable + "` |"), variable);
    }
    assertTrue(md.contains("| **prediction** | \\<s> | 0 | 1 | 2 | \\</s> |"), md);
    assertTrue(md.contains("### Position 2: predicted 1, expected 2"));
    WrongPosition wrong = trace.wrong().get(0);
    assertFalse(wrong.pushes().isEmpty());
    assertTrue(md.contains("| `" + wrong.pushes().get(0).feature() + "` | " + wrong.pushes().get(0).value() + " | "
        + TraceMarkdown.push(wrong.pushes().get(0).push()) + " |"));
    assertTrue(md.contains("- prediction at position 2: \"1\"\n  - mlp_2_0_outputs[2] = 1\n    - tokens[2] = \"0\"\n"), md);
    HeadSelection head = trace.head("attn_0_0");
    String expectedRow = "| `attn_0_0` | " + String.join(" | ", head.perQuery().stream().map(k -> "→ " + k).toList()) + " |";
    assertTrue(md.contains(expectedRow), md);
  }

  @Test
  void htmlDrawsOneSelectedCellPerQueryWhereTheHeadLooked(@TempDir Path out) throws Exception {
    TraceReportWriter.write("sort.py", List.of(TracedInput.of(trace)), out);
    String html = Files.readString(out.resolve("trace.html"));
    HeadSelection head = trace.head("attn_0_0");
    String figure = html.substring(html.indexOf("<figure class=\"selection\" data-head=\"attn_0_0\">"));
    figure = figure.substring(0, figure.indexOf("</figure>"));
    List<String> selected =
        Pattern.compile("class=\"selected\" data-query=\"(\\d+)\" data-key=\"(\\d+)\"").matcher(figure).results()
            .map(m -> m.group(1) + "->" + m.group(2)).toList();
    List<String> expected = IntStream.range(0, TOKENS.size()).mapToObj(q -> q + "->" + head.perQuery().get(q)).toList();
    assertEquals(expected, selected);
    assertTrue(html.contains("<th class=\"wrong\">2</th>"));
    assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "self-contained");
  }

  @Test
  void anInputWithoutLabelsSaysSo(@TempDir Path out) throws Exception {
    Trace unlabelled = new Tracer(Programs.load(SORT), ProgramReader.read(SORT).model()).trace(TOKENS, List.of());
    TraceReportWriter.write("sort.py", List.of(TracedInput.of(unlabelled)), out);
    String md = Files.readString(out.resolve("trace.md"));
    assertTrue(md.contains("No expected labels were given."));
    assertFalse(md.contains("**expected**"));
  }
}
