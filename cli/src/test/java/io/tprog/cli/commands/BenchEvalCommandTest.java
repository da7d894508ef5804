package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchEvalCommandTest {
  /** A tiny configuration runs both sides and reports rates (their values are the benchmark's business). */
  @Test
  void measuresJythonBesideCPythonOnATinyConfiguration() throws Exception {
    CommandRun r = CommandRun.of("bench", "eval", "--program", CommandRun.fixture("dynamic/sort/sort.py"),
        "--data", CommandRun.fixture("dynamic/sort/sort.jsonl"), "--examples", "50", "--warmup", "0", "--rounds", "1", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(50, json.get("examples").asInt());
    assertTrue(json.get("jython_examples_per_second").asDouble() > 0);
    if (!json.get("cpython_examples_per_second").isNull()) {
      assertTrue(json.get("cpython_examples_per_second").asDouble() > 0);
      assertEquals(json.get("cpython_examples_per_second").asDouble() / json.get("jython_examples_per_second").asDouble(),
          json.get("jython_time_over_cpython").asDouble(), 1e-9);
    }
  }

  @Test
  void badCountsAreRefused() {
    CommandRun r = CommandRun.of("bench", "eval", "--rounds", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--rounds"), r.err());
  }
}
