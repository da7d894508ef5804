package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchTrainCommandTest {
  /**
   * One seed with a two-epoch schedule cannot reach 99%: it reports all its epochs' seconds as not reached (the values
   * are the benchmark's business).
   */
  @Test
  void timeToAccuracyReportsEverySeedAndTheirRange() throws Exception {
    CommandRun r =
        CommandRun.of("bench", "train", "--epochs", "1", "--warmup", "0", "--seeds", "1", "--max-epochs", "2", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out()).get("time_to_accuracy");
    assertEquals(0.99, json.get("target_validation_accuracy").asDouble());
    JsonNode seed = json.get("seeds").get(0);
    assertEquals(0, seed.get("seed").asInt());
    assertEquals(2, seed.get("epochs").asInt());
    assertEquals(seed.get("reached").asBoolean(), json.get("all_reached").asBoolean());
    assertTrue(seed.get("seconds").asDouble() > 0);
    assertEquals(seed.get("seconds").asDouble(), json.get("mean_seconds").asDouble(), 1e-9);
    assertEquals(json.get("min_seconds").asDouble(), json.get("max_seconds").asDouble(), 1e-9);
  }

  @Test
  void badCountsAreRefused() {
    CommandRun r = CommandRun.of("bench", "train", "--seeds", "-1");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--seeds"), r.err());
  }
}
