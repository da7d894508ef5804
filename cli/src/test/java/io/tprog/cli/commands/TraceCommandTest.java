package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
  @TempDir Path dir;

  private static final String SORT = CommandRun.fixture("dynamic/sort/sort.py");
  private static final String SORT_DATA = CommandRun.fixture("dynamic/sort/sort.jsonl");

  /** A copy of the hand-made sort program that counts two zeros as three: wrong exactly on inputs with two zeros. */
  private Path broken() throws Exception {
    String source = Files.readString(Path.of(SORT));
    String row = "        elif key in {(2, 2)}:\n            return 2\n";
    assertTrue(source.contains(row));
    Path program = dir.resolve("sort.py");
    Files.writeString(program, source.replace(row, "        elif key in {(2, 2)}:\n            return 3\n"));
    Files.copy(Path.of(SORT).resolveSibling("sort_weights.csv"), dir.resolve("sort_weights.csv"));
    return program;
  }

  @Test
  void oneInputGivesTheTableTheBreakdownAndTheProvenanceOfEachWrongPosition() throws Exception {
    Path program = broken();
    Path out = dir.resolve("report");
    CommandRun r = CommandRun.of("trace", program.toString(), "--input", "<s> 0 1 0 2 </s>", "--expect", "<pad> 0 0 1 2 <pad>", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("num_mlp_0_1_outputs"), r.out());
    assertTrue(r.out().contains("position 3: predicted 0, expected 1"), r.out());
    assertTrue(r.out().contains("num_attn_0_0_outputs[3] = 2 (num_attn_0_0 matched positions 1, 3)"), r.out());
    assertFalse(r.out().contains("position 1: predicted"), "position 1 is right: " + r.out());
    String md = Files.readString(out.resolve("trace.md"));
    assertTrue(md.contains("### Position 3: predicted"), md);
    assertTrue(md.contains("num_attn_0_0 matched positions 1, 3"), md);
    assertTrue(Files.readString(out.resolve("trace.html")).contains("class=\"provenance\""));
  }

  @Test
  void jsonCarriesTheTraceAndTheProvenance() throws Exception {
    CommandRun r = CommandRun.of("trace", broken().toString(), "--input", "<s> 0 1 0 2 </s>", "--expect", "<pad> 0 0 1 2 <pad>", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("0", json.at("/trace/predictions/3").asText());
    assertEquals(1, json.at("/trace/wrong").size());
    assertEquals(3, json.at("/trace/wrong/0/position").asInt());
    assertEquals("prediction at position 3: 0 (expected 1)", json.at("/provenance/3/label").asText());
  }

  @Test
  void failingExamplesAreGroupedAndReported() throws Exception {
    Path out = dir.resolve("failing");
    CommandRun r = CommandRun.of("trace", broken().toString(), "--data", SORT_DATA, "--failing", "--json", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out().substring(0, r.out().lastIndexOf('}') + 1));
    int misclassified = json.get("misclassified").asInt();
    assertTrue(misclassified > 0);
    int sum = 0;
    int previous = Integer.MAX_VALUE;
    for (JsonNode g : json.get("groups")) {
      sum += g.get("examples").asInt();
      assertTrue(g.get("examples").asInt() <= previous, "biggest group first");
      previous = g.get("examples").asInt();
      for (JsonNode f : g.get("failures")) {
        int zeros = 0;
        for (JsonNode t : f.get("tokens")) {
          zeros += t.asText().equals("0") ? 1 : 0;
        }
        assertEquals(2, zeros, "only inputs with two zeros fail: " + f);
      }
    }
    assertEquals(misclassified, sum);
    String md = Files.readString(out.resolve("trace.md"));
    assertTrue(md.contains("## Failure groups"), md);
    assertTrue(md.contains("`" + json.at("/groups/0/component").asText() + "` | " + json.at("/groups/0/examples").asInt()), md);
  }

  /** The text form names each group with its count, "1 example" or "N examples", and the counts add up. */
  @Test
  void textGroupHeadersCountTheirExamples() throws Exception {
    CommandRun r = CommandRun.of("trace", broken().toString(), "--data", SORT_DATA, "--failing", "--no-progress");
    assertEquals(0, r.exit(), r.err());
    java.util.regex.Matcher total = java.util.regex.Pattern.compile(": (\\d+) of 120 examples misclassified").matcher(r.out());
    assertTrue(total.find(), r.out());
    java.util.regex.Matcher header =
        java.util.regex.Pattern.compile("(?m)^\\S+\\s+(\\d+) (examples?): the first component").matcher(r.out());
    int sum = 0;
    while (header.find()) {
      int n = Integer.parseInt(header.group(1));
      assertEquals(n == 1 ? "example" : "examples", header.group(2), r.out());
      sum += n;
    }
    assertEquals(Integer.parseInt(total.group(1)), sum, r.out());
  }

  @Test
  void aMalformedDataFileNamesItsLine() throws Exception {
    Path data = dir.resolve("bad.jsonl");
    Files.writeString(data, "{\"tokens\": [\n");
    CommandRun r = CommandRun.of("trace", SORT, "--data", data.toString(), "--failing");
    assertTrue(r.exit() != 0);
    assertTrue(r.err().contains("bad.jsonl line 1"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void theUnbrokenProgramHasNoFailures() {
    CommandRun r = CommandRun.of("trace", SORT, "--data", SORT_DATA, "--failing");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains(": 0 of 120 examples misclassified, in 0 groups"), r.out());
  }

  @Test
  void badInputIsOneSentenceAndExitTwo() {
    CommandRun unknown = CommandRun.of("trace", SORT, "--input", "<s> 0 7 </s>");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown token '7' at position 2 of --input"), unknown.err());

    CommandRun length = CommandRun.of("trace", SORT, "--input", "<s> 0 1 </s>", "--expect", "<pad> 0 1");
    assertEquals(2, length.exit());
    assertTrue(length.err().contains("--expect has 3 labels but the input has 4 tokens"), length.err());

    CommandRun noFailing = CommandRun.of("trace", SORT, "--data", SORT_DATA);
    assertEquals(2, noFailing.exit());
    assertTrue(noFailing.err().contains("add --failing"), noFailing.err());

    CommandRun reference = CommandRun.of("trace", CommandRun.fixture("analyzer/reference/reference.py"), "--input", "<s> 1 0");
    assertEquals(2, reference.exit());
    assertTrue(reference.err().contains("convert it first: tprog convert"), reference.err());

    CommandRun both = CommandRun.of("trace", SORT, "--data", SORT_DATA, "--input", "<s> 0 </s>");
    assertEquals(2, both.exit());
    assertFalse(both.err().contains("\tat "), both.err());
  }
}
