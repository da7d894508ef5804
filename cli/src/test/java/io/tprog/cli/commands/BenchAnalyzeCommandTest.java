package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchAnalyzeCommandTest {
  @Test
  void measuresEveryProgramSizeAndFitsALine() throws Exception {
    CommandRun r = CommandRun.of("bench", "analyze", "--max-layers", "3", "--repeat", "1", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode rows = json.get("rows");
    assertEquals(3, rows.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, rows.get(i).get("layers").asInt());
      assertEquals(15 + 12 * i, rows.get(i).get("components").asInt(), "3 embeddings and 12 components per layer");
      assertTrue(rows.get(i).get("totalMs").asDouble() > 0);
    }
    assertTrue(rows.get(2).get("lines").asInt() > rows.get(0).get("lines").asInt());
    assertTrue(json.get("coldAnalysisMs").asDouble() > 0);
  }

  @Test
  void rejectsZeroRepeats() {
    CommandRun r = CommandRun.of("bench", "analyze", "--repeat", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("at least 1"), r.err());
  }
}
