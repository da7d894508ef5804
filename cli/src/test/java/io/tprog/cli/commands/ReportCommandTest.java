package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.run.Breakdown;
import io.tprog.reports.Markup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void jsonCarriesFindingsCircuitsAndGraph() throws Exception {
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/dead_code/dead_code.py"), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("TPROG", json.get("format").asText());
    assertTrue(json.get("deadCode").findValuesAsText("component").contains("attn_1_1"), r.out());
    assertTrue(json.get("deadCode").findValuesAsText("kind").contains("dead"));
    assertEquals(3, json.get("circuits").size());
    JsonNode classOne = json.get("circuits").get(1);
    assertEquals("1", classOne.get("classLabel").asText());
    assertTrue(classOne.get("nonFeedingFeatures").toString().contains("attn_1_1_outputs"));
    assertEquals("classifier", json.get("nodes").get(json.get("nodes").size() - 1).get("id").asText());
    assertTrue(json.get("edges").toString().contains("\"role\":\"mlp-input\""));
  }

  @Test
  void jsonIsDeterministic() {
    String first = CommandRun.of("report", CommandRun.fixture("analyzer/clean/clean.py"), "--json").out();
    String second = CommandRun.of("report", CommandRun.fixture("analyzer/clean/clean.py"), "--json").out();
    assertEquals(first, second);
  }

  @Test
  void dotHighlightsTheCircuitOfAClass() {
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/dead_code/dead_code.py"), "--dot", "--class", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("digraph program {"), r.out());
    assertTrue(r.out().contains("\"attn_0_0\" [shape=ellipse, style=filled"), r.out());
    assertTrue(r.out().contains("\"attn_1_1\" [shape=ellipse];"), "a dead head is not highlighted:\n" + r.out());
    assertTrue(r.out().contains("\"attn_0_0\" -> \"mlp_0_0\" [label=\"mlp-input\", color="), r.out());
  }

  @Test
  void unknownClassIsOneSentence() {
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/clean/clean.py"), "--dot", "--class", "9");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("tprog: '9' is not a class of"), r.err());
  }

  @Test
  void outWritesTheReportFiles() throws Exception {
    Path out = dir.resolve("report");
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/dead_code/dead_code.py"), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(out.resolve("graph.dot")).startsWith("digraph"));
    assertTrue(Files.readString(out.resolve("report.md")).contains("attn_1_1"));
    assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertTrue(json.get("deadCode").findValuesAsText("component").contains("attn_1_1"), json.toString());
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files are left");
    }
  }

  @Test
  @Tag("slow")
  void dataAddsTheAblationOfEveryComponent() throws Exception {
    Path data = dir.resolve("toy.jsonl");
    Files.writeString(
        data,
        "{\"tokens\": [\"<s>\", \"1\", \"0\", \"2\"], \"labels\": [\"1\", \"1\", \"0\", \"1\"]}\n"
            + "{\"tokens\": [\"<s>\", \"2\", \"2\"], \"labels\": [\"1\", \"1\", \"0\"]}\n");
    Path out = dir.resolve("ablated");
    CommandRun r =
        CommandRun.of("report", CommandRun.fixture("analyzer/clean/clean.py"), "--data", data.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    String markdown = Files.readString(out.resolve("report.md"));
    assertTrue(markdown.contains("num_mlp_0_0"), markdown);
    assertTrue(Files.readString(out.resolve("report.json")).contains("toy.jsonl"));
  }

  /** On the sort fixture and its data, "Where it fails" has one row per input length, counted as the data holds them. */
  @Test
  @Tag("slow")
  void dataAddsWhereItFailsPerLengthPositionAndClass() throws Exception {
    Path data = Path.of(CommandRun.fixture("dynamic/sort/sort.jsonl"));
    Path out = dir.resolve("sort");
    CommandRun r = CommandRun.of("report", CommandRun.fixture("dynamic/sort/sort.py"), "--data", data.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());

    Map<Integer, int[]> perLength = new TreeMap<>();
    for (Example e : Dataset.read(data).examples()) {
      int[] counts = perLength.computeIfAbsent(Breakdown.inputLength(e.tokens()), k -> new int[2]);
      counts[0] += (int) IntStream.range(0, e.labels().size()).filter(e::scored).count();
      counts[1]++;
    }
    assertTrue(perLength.size() > 1, "sort.jsonl has several lengths");
    String markdown = Files.readString(out.resolve("report.md"));
    assertTrue(markdown.contains("## Where it fails on " + data), markdown);
    for (String title : List.of("### By input length", "### By position", "### By gold class")) {
      assertTrue(markdown.contains(title), title);
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode byLength = json.get("ablation").get("whereItFails").get(0);
    assertEquals("length", byLength.get("by").asText());
    assertEquals(perLength.size(), byLength.get("cells").size());
    for (JsonNode cell : byLength.get("cells")) {
      int[] expected = perLength.get(cell.get("value").asInt());
      assertEquals(expected[0], cell.get("positions").asInt(), cell.toString());
      assertEquals(expected[1], cell.get("examples").asInt(), cell.toString());
      String row = "| " + cell.get("value").asText() + " | " + Markup.percent((double) cell.get("positionsCorrect").asInt() / expected[0]) + " | "
          + cell.get("positionsCorrect").asInt() + "/" + expected[0] + " |";
      assertTrue(markdown.contains(row), row);
    }
    assertTrue(Files.readString(out.resolve("report.html")).contains("<table id=\"fails-by-class\">"));
  }

  @Test
  void dataWithoutOutIsRefused() {
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/clean/clean.py"), "--data", "x.jsonl", "--json");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--out"), r.err());
  }

  @Test
  void summaryListsFindingsAndProblemsAreWarningsWithTheirLine() {
    CommandRun r = CommandRun.of("report", CommandRun.fixture("analyzer/user_edit/user_edit.py"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("dead debug"), r.out());
    assertTrue(r.err().matches("(?s)tprog: warning: .*user_edit\\.py:\\d+:\\d+: a branch of predicate_0_1 .*"), r.err());
  }

  @Test
  void missingProgramIsOneSentence() {
    CommandRun r = CommandRun.of("report", dir.resolve("nope.py").toString());
    assertEquals(2, r.exit());
    assertEquals("tprog: program file " + dir.resolve("nope.py") + " does not exist.", r.err().strip());
    assertFalse(r.err().contains("\tat "));
  }
}
