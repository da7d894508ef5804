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
}
