package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HeadsCommandTest {
  @Test
  void headsFeedingAComponentWithTheirRolePaths() {
    CommandRun r = CommandRun.of("heads", CommandRun.fixture("analyzer/clean/clean.py"), "--output", "attn_1_0");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1 heads feed attn_1_0"), r.out());
    assertTrue(r.out().contains("attn_0_0 --mlp-input--> mlp_0_0 --query--> attn_1_0"), r.out());
  }

  @Test
  void aClassLeavesOutHeadsThatCannotChangeItsRank() throws Exception {
    CommandRun r = CommandRun.of("heads", CommandRun.fixture("analyzer/dead_code/dead_code.py"), "--output", "class \"1\"", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("class \"1\"", json.get("output").asText());
    assertEquals("[\"attn_0_0\",\"attn_0_1\",\"num_attn_0_0\",\"attn_1_0\"]", json.get("heads").findValuesAsText("head").stream()
        .map(h -> "\"" + h + "\"").toList().toString().replace(", ", ","));
    assertEquals("attn_0_0 --feature--> class \"1\"", json.get("heads").get(0).get("path").asText());
  }

  @Test
  void aBareClassLabelWorksWhenNoNodeHasThatName() {
    CommandRun r = CommandRun.of("heads", CommandRun.fixture("analyzer/clean/clean.py"), "--output", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("4 heads feed class \"2\""), r.out());
  }

  @Test
  void unknownOutputIsOneSentence() {
    CommandRun r = CommandRun.of("heads", CommandRun.fixture("analyzer/clean/clean.py"), "--output", "attn_7_7");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("tprog: 'attn_7_7' is not a component, a variable, a class or 'classifier'"), r.err());
  }

  @Test
  void outputIsRequired() {
    CommandRun r = CommandRun.of("heads", CommandRun.fixture("analyzer/clean/clean.py"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--output"), r.err());
  }

  /** For one input, the heads of the tree are those that fed the position; attn_0_0 at 2 read position 1. */
  @Test
  void forOneInputTheHeadsThatMovedValuesIntoThePosition() throws Exception {
    String sort = CommandRun.fixture("dynamic/sort/sort.py");
    CommandRun r = CommandRun.of("heads", sort, "--output", "attn_0_0", "--input", "<s> 2 1 0 2 </s>", "--position", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1 heads moved values into attn_0_0_outputs at position 2 for this input: attn_0_0"), r.out());
    assertTrue(r.out().contains("attn_0_0_outputs[2] = 2 (attn_0_0 selected position 1)"), r.out());

    CommandRun json = CommandRun.of("heads", sort, "--output", "classifier", "--input", "<s> 2 1 0 2 </s>", "--position", "1", "--json");
    assertEquals(0, json.exit(), json.err());
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    java.util.List<String> heads = new java.util.ArrayList<>();
    node.get("heads").forEach(h -> heads.add(h.asText()));
    assertTrue(heads.contains("num_attn_0_0") && heads.contains("attn_0_0"), heads.toString());

    CommandRun outside = CommandRun.of("heads", sort, "--output", "classifier", "--input", "<s> 2 </s>", "--position", "5");
    assertEquals(2, outside.exit());
    assertTrue(outside.err().contains("outside the input"), outside.err());
    CommandRun alone = CommandRun.of("heads", sort, "--output", "classifier", "--input", "<s> 2 </s>");
    assertEquals(2, alone.exit());
    assertTrue(alone.err().contains("--input and --position go together"), alone.err());
  }
}
