package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.TestFixtures;
import org.junit.jupiter.api.Test;

class StaticAnalyzerTest {
  @Test
  void reportSummarisesTheProgramAndIsDeterministicJson() throws Exception {
    StaticReport r = StaticAnalyzer.analyze(TestFixtures.read("constants"));
    assertEquals(2, r.summary().layers());
    assertEquals(3, r.summary().heads());
    assertEquals(1, r.summary().numericalHeads());
    assertEquals("constants_weights.csv", r.summary().weightsFile());
    assertEquals(4, r.constants().size());
    assertEquals(r.deadCode().stream().sorted().toList(), r.deadCode());
    String json = StaticAnalyzer.json(r);
    assertEquals(json, StaticAnalyzer.json(StaticAnalyzer.analyze(TestFixtures.read("constants"))));
    JsonNode tree = new ObjectMapper().readTree(json);
    assertEquals("constant", tree.at("/constants/0/kind").asText());
    assertEquals(2, tree.at("/valueSets/variables/mlp_0_0/values/0").asInt());
  }

  @Test
  void graphProblemsJoinReadingProblems() {
    StaticReport r =
        StaticAnalyzer.analyze(
            ProgramReader.read("def run(tokens):\n    return classify(WEIGHTS, [(\"x\", x_outputs)])\n", "p.py", null));
    assertEquals(ProgramFormat.TPROG, r.format());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).sentence().startsWith("p.py:2:"), r.problems().toString());
  }

  @Test
  void dotHighlightsTheRequestedCircuit() {
    String dot = StaticAnalyzer.dot(TestFixtures.read("dead_code"), "0");
    assertTrue(dot.contains("\"attn_1_1\" [shape=ellipse];"), dot);
    assertTrue(dot.contains("\"attn_1_0\" [shape=ellipse, style=filled"), dot);
  }
}
