package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AblateCommandTest {
  private static final String SORT = CommandRun.fixture("dynamic/sort/sort.py");
  private static final String DATA = CommandRun.fixture("dynamic/sort/sort.jsonl");

  @Test
  void tableShowsEveryComponentBesideStaticAnalysis() {
    CommandRun r = CommandRun.of("ablate", SORT, "--data", DATA);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*\\nattn_0_0 +0 +1\\.0000 +\\+0\\.0000 +0 +dead\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\nmlp_2_0 +2 +0\\.3333 +-0\\.6667 +284 +in circuit\\n.*"), r.out());
    assertTrue(r.out().contains("conflicts: none"), r.out());
  }

  @Test
  void oneComponentAsJson() throws Exception {
    CommandRun r = CommandRun.of("ablate", SORT, "--data", DATA, "--component", "num_attn_0_1", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out()).get("rows");
    assertEquals(1, rows.size());
    assertEquals("num_attn_0_1", rows.get(0).get("component").asText());
    assertEquals(142, rows.get(0).get("changedPredictions").asInt());
  }

  @Test
  void unknownComponentIsOneSentence() {
    CommandRun r = CommandRun.of("ablate", SORT, "--data", DATA, "--component", "attn_9_9");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("tprog: " + SORT + " has no component attn_9_9 that can be ablated; it has attn_0_0, "), r.err());
  }
}
