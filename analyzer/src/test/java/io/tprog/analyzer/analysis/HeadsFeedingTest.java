package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.Role;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.TestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadsFeedingTest {
  private static HeadsFeeding of(String fixture) {
    DataflowGraph g = DataflowGraph.of(TestFixtures.read(fixture).model());
    return new HeadsFeeding(g, new ValueSetInference(g).infer());
  }

  @Test
  void aComponentOrItsVariableGiveTheSameHeadsWithPaths() {
    HeadsFeeding h = of("clean");
    HeadsFeedingResult r = h.of("attn_1_0_outputs");
    assertEquals(List.of("attn_0_0"), r.heads().stream().map(HeadPath::head).toList());
    assertEquals(
        List.of(new RoleEdge("attn_0_0", "mlp_0_0", Role.MLP_INPUT, 0), new RoleEdge("mlp_0_0", "attn_1_0", Role.QUERY, 0)),
        r.heads().get(0).edges());
    assertEquals(r, h.of("attn_1_0"));
  }

  @Test
  void classesAreWrittenWithOrWithoutTheWordClass() {
    HeadsFeeding h = of("dead_code");
    assertEquals(h.of("class \"1\""), h.of("1"));
    assertEquals(h.of("class 1"), h.of("1"));
    assertEquals(List.of("attn_0_0", "attn_0_1", "num_attn_0_0", "attn_1_0"), h.of("1").heads().stream().map(HeadPath::head).toList());
    assertEquals(
        List.of("attn_0_0", "attn_0_1", "num_attn_0_0", "attn_1_0", "attn_1_1"),
        h.of("classifier").heads().stream().map(HeadPath::head).toList(),
        "the classifier as a whole is its structural slice");
  }

  @Test
  void unknownOutputsAreOneSentence() {
    HeadsFeeding h = of("clean");
    assertThrows(UnknownOutputException.class, () -> h.of("attn_9_9"));
    UnknownOutputException e = assertThrows(UnknownOutputException.class, () -> h.of("class \"9\""));
    assertEquals(true, e.getMessage().contains("classes are [0, 1, 2]"), e.getMessage());
  }
}
