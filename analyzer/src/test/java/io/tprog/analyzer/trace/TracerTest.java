package io.tprog.analyzer.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.format.sandbox.Programs;
import io.tprog.format.sandbox.RunCapture;
import io.tprog.format.sandbox.SandboxedProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TracerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every list-valued local of run, on every input of the fixture's dataset, equals what CPython computes. */
  @ParameterizedTest
  @ValueSource(strings = {"sort", "hist"})
  void jythonLocalsAgreeWithCPythonOnEveryInput(String task) throws Exception {
    Path program = TestFixtures.path("dynamic/" + task + "/" + task + ".py");
    Path data = TestFixtures.path("dynamic/" + task + "/" + task + ".jsonl");
    List<Example> examples = Dataset.read(data).examples();
    List<JsonNode> cpython = cpythonCaptures(program, data);
    assertEquals(examples.size(), cpython.size());
    List<RunCapture> jython = Programs.load(program).captureAll(examples.stream().map(Example::tokens).toList());
    for (int e = 0; e < examples.size(); e++) {
      JsonNode expected = cpython.get(e);
      RunCapture actual = jython.get(e);
      String where = task + " input " + examples.get(e).tokens();
      assertEquals(JSON.convertValue(expected.get("order"), List.class), actual.order(), where);
      assertTrue(actual.order().size() >= 8, where + ": too few variables captured: " + actual.order());
      for (String name : actual.order()) {
        assertEquals(JSON.writeValueAsString(expected.get("values").get(name)), JSON.writeValueAsString(actual.values().get(name)), where + " variable " + name);
      }
      assertEquals(JSON.convertValue(expected.get("predictions"), List.class), actual.predictions(), where);
    }
  }

  @Test
  void sortTraceShowsVariablesSelectionsAndCounts() {
    SandboxedProgram sort = Programs.load(TestFixtures.path("dynamic/sort/sort.py"));
    List<String> tokens = List.of("<s>", "2", "0", "1", "0", "</s>");
    Trace t = new Tracer(sort, null).trace(tokens, List.of("<pad>", "0", "0", "1", "2", "<pad>"));
    assertEquals(List.of("tokens", "positions", "ones", "attn_0_0_outputs", "num_attn_0_0_outputs", "num_attn_0_1_outputs"), t.variables().subList(0, 6));
    assertEquals(tokens, t.values().get("tokens"));
    // attn_0_0 reads the previous position; position 0 and 1 both select BOS.
    assertEquals(List.of(0, 0, 1, 2, 3, 4), t.head("attn_0_0").perQuery());
    assertEquals(List.of(2, 2, 2, 2, 2, 2), t.head("num_attn_0_0").perQuery());
    assertEquals(List.of(1, 1, 1, 1, 1, 1), t.head("num_attn_0_1").perQuery());
    assertEquals(List.of("<s>", "0", "0", "1", "2", "</s>"), t.predictions());
    assertTrue(t.wrong().isEmpty());
  }

  private static List<JsonNode> cpythonCaptures(Path program, Path data) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("python3", TestFixtures.path("dynamic/cpython_trace.py").toString(), program.toString(), data.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<JsonNode> out = new ArrayList<>();
    for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    return out;
  }
}
