package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tprog circuit} on seeded per-length samples of the fixtures' own datasets: every class of sort, hist and dyck1
 * has a minimal circuit strictly smaller than its static circuit, and the program run in Jython with everything
 * else ablated keeps at least 99.5% of the class's predictions.
 */
class CircuitCommandTest {
  @Test
  void everyClassHasAMinimalCircuitSmallerThanItsStaticOneVerifiedInJython() throws Exception {
    for (String task : List.of("sort", "hist", "dyck1")) {
      String program = CommandRun.fixture("programs/" + task + "/" + task + ".py");
      CommandRun r = CommandRun.of("circuit", program, "--data", FixtureData.sample(task, 15, 4).toString(), "--json", "--no-progress");
      assertEquals(0, r.exit(), task + ": " + r.err() + r.out());
      JsonNode circuits = new ObjectMapper().readTree(r.out());
      assertTrue(circuits.size() > 1, task);
      for (JsonNode c : circuits) {
        String where = task + " class " + c.get("classLabel").asText();
        assertTrue(c.get("components").size() < c.get("staticCircuit").size(), where + ": " + c);
        assertTrue(c.get("keptInJython").asInt() >= 0.995 * c.get("positions").asInt(), where + ": " + c);
        c.get("components").forEach(m -> assertTrue(c.get("staticCircuit").toString().contains(m.toString()), where));
      }
    }
  }

  @Test
  void oneClassAsTextAndAnUnknownClass() {
    String program = CommandRun.fixture("programs/sort/sort.py");
    String data = FixtureData.sample("sort", 15, 4).toString();
    CommandRun r = CommandRun.of("circuit", program, "--output", "2", "--data", data, "--no-progress");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*\\nclass 2: \\d+ of \\d+ static-circuit components; \\d+ positions predicted, kept \\d+ in the search, \\d+ in Jython.*"), r.out());
    CommandRun bad = CommandRun.of("circuit", program, "--output", "9", "--data", data);
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("tprog: '9' is not a class of"), bad.err());
  }
}
