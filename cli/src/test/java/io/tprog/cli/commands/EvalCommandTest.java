package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void sortFixtureIsPerfectOnItsData() throws Exception {
    CommandRun r = CommandRun.of("eval", CommandRun.fixture("dynamic/sort/sort.py"), "--data", CommandRun.fixture("dynamic/sort/sort.jsonl"), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals(120, doc.get("examples").asInt());
    assertEquals(426, doc.get("positions").asInt());
    assertEquals(1.0, doc.get("position_accuracy").asDouble());
    assertEquals(0, doc.get("misclassified").asInt());
  }

  @Test
  void countsWrongLabelsAsMisclassified() throws Exception {
    Path data = dir.resolve("wrong.jsonl");
    Files.writeString(
        data,
        "{\"split\": \"test\", \"tokens\": [\"<s>\", \"1\", \"0\", \"</s>\"], \"labels\": [\"<pad>\", \"0\", \"1\", \"<pad>\"]}\n"
            + "{\"split\": \"test\", \"tokens\": [\"<s>\", \"1\", \"0\", \"</s>\"], \"labels\": [\"<pad>\", \"0\", \"0\", \"<pad>\"]}\n");
    CommandRun r = CommandRun.of("eval", CommandRun.fixture("dynamic/sort/sort.py"), "--data", data.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("position accuracy: 0.7500 (3/4)"), r.out());
    assertTrue(r.out().contains("sequence accuracy: 0.5000 (1/2)"), r.out());
    assertTrue(r.out().contains("misclassified: 1"), r.out());
  }

  @Test
  void badDatasetLineIsOneSentenceWithFileAndLine() throws Exception {
    Path data = dir.resolve("bad.jsonl");
    Files.writeString(data, "{\"tokens\": [\"<s>\"], \"labels\": [\"<pad>\"]}\n{\"tokens\": [\"<s>\", \"1\"], \"labels\": [\"<pad>\"]}\n");
    CommandRun r = CommandRun.of("eval", CommandRun.fixture("dynamic/sort/sort.py"), "--data", data.toString());
    assertEquals(2, r.exit());
    assertEquals("tprog: " + data + " line 2 has 2 tokens but 1 labels.", r.err().strip());
  }

  /**
   * The trained reverse fixture on a seeded sample of its own dataset (at most 100 examples a length), by input length: one row per length 1 to 6, worst
   * first, each length's positions being length x examples (every symbol is scored, <s> and </s> are not), and the
   * rows adding up to the totals; the JSON carries the same cells.
   */
  @Test
  void reverseByLengthWorstFirst() throws Exception {
    String program = CommandRun.fixture("programs/reverse/reverse.py");
    String data = FixtureData.sample("reverse", 100, 15).toString();
    CommandRun r = CommandRun.of("eval", program, "--data", data, "--by", "length", "--no-progress");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    int title = java.util.Arrays.asList(lines).indexOf("accuracy by input length, worst first (length: tokens other than <s> and </s>):");
    assertTrue(title > 0, r.out());
    assertTrue(lines[title + 1].matches("length +accuracy +right/positions +examples +right/examples"), lines[title + 1]);
    java.util.regex.Pattern row = java.util.regex.Pattern.compile("(\\d+) +(\\d\\.\\d{4}) +(\\d+)/(\\d+) +(\\d\\.\\d{4}) +(\\d+)/(\\d+)");
    java.util.Set<Integer> lengths = new java.util.TreeSet<>();
    double previous = -1;
    int right = 0;
    int positions = 0;
    for (int i = title + 2; i < lines.length; i++) {
      java.util.regex.Matcher m = row.matcher(lines[i]);
      assertTrue(m.matches(), lines[i]);
      int length = Integer.parseInt(m.group(1));
      lengths.add(length);
      double accuracy = Double.parseDouble(m.group(2));
      assertTrue(accuracy >= previous, "worst first: " + r.out());
      previous = accuracy;
      assertEquals(length * Integer.parseInt(m.group(7)), Integer.parseInt(m.group(4)), lines[i]);
      right += Integer.parseInt(m.group(3));
      positions += Integer.parseInt(m.group(4));
    }
    assertEquals(java.util.Set.of(1, 2, 3, 4, 5, 6), lengths, r.out());
    assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "position accuracy: %.4f (%d/%d)", (double) right / positions, right, positions)), r.out());

    CommandRun json = CommandRun.of("eval", program, "--data", data, "--by", "length", "--json", "--no-progress");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertEquals("length", doc.get("by").asText());
    assertEquals(6, doc.get("cells").size());
    int sum = 0;
    for (JsonNode cell : doc.get("cells")) {
      sum += cell.get("positions").asInt();
      assertEquals(cell.get("length").asInt() * cell.get("examples").asInt(), cell.get("positions").asInt());
    }
    assertEquals(doc.get("positions").asInt(), sum);
  }

  @Test
  void byClassAndPositionCoverEveryScoredPosition() throws Exception {
    for (String by : java.util.List.of("class", "position")) {
      CommandRun r = CommandRun.of("eval", CommandRun.fixture("dynamic/sort/sort.py"), "--data", CommandRun.fixture("dynamic/sort/sort.jsonl"), "--by", by, "--json");
      assertEquals(0, r.exit(), r.err());
      JsonNode doc = new ObjectMapper().readTree(r.out());
      int sum = 0;
      for (JsonNode cell : doc.get("cells")) {
        sum += cell.get("positions").asInt();
      }
      assertEquals(426, sum, by);
    }
    CommandRun bad = CommandRun.of("eval", CommandRun.fixture("dynamic/sort/sort.py"), "--data", CommandRun.fixture("dynamic/sort/sort.jsonl"), "--by", "colour");
    assertEquals(2, bad.exit());
    assertEquals("tprog: --by colour is not a breakdown; give length, position or class.", bad.err().strip());
  }
}
