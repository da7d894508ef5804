package io.tprog.analyzer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.TestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataflowGraphTest {
  private static final DataflowGraph CLEAN = DataflowGraph.of(TestFixtures.read("clean").model());

  @Test
  void nodesAreComponentsInProgramOrderWithTheClassifierLast() {
    assertEquals(
        List.of("tokens", "positions", "ones", "attn_0_0", "attn_0_1", "num_attn_0_0", "mlp_0_0", "num_mlp_0_0", "attn_1_0", "classifier"),
        CLEAN.nodes().stream().map(GraphNode::id).toList());
    assertEquals(NodeKind.NUMERICAL_HEAD, CLEAN.node("num_attn_0_0").orElseThrow().kind());
    assertEquals(2, CLEAN.node("classifier").orElseThrow().layer());
    assertTrue(CLEAN.acyclic());
    assertEquals(List.of(), CLEAN.problems());
  }

  @Test
  void edgesCarryTheirRoles() {
    assertEquals(
        List.of(
            new RoleEdge("mlp_0_0", "attn_1_0", Role.QUERY, 0),
            new RoleEdge("positions", "attn_1_0", Role.KEY, 0),
            new RoleEdge("tokens", "attn_1_0", Role.VALUE, 0)),
        CLEAN.incoming("attn_1_0"));
    assertEquals(
        List.of(new RoleEdge("attn_0_0", "mlp_0_0", Role.MLP_INPUT, 0), new RoleEdge("tokens", "mlp_0_0", Role.MLP_INPUT, 1)),
        CLEAN.incoming("mlp_0_0"));
    assertEquals(9, CLEAN.incoming("classifier").size());
    assertTrue(CLEAN.incoming("classifier").stream().allMatch(e -> e.role() == Role.FEATURE));
    assertEquals("attn_0_0", CLEAN.resolve("attn_0_0_outputs").orElseThrow());
  }

  @Test
  void userStatementsAreDefUseNodes() {
    DataflowGraph g = DataflowGraph.of(TestFixtures.read("user_edit").model());
    assertEquals(NodeKind.VARIABLE, g.node("shifted").orElseThrow().kind());
    assertEquals(List.of(new RoleEdge("positions", "shifted", Role.USE, 0)), g.incoming("shifted"));
    assertTrue(g.outgoing("shifted").contains(new RoleEdge("shifted", "attn_0_0", Role.QUERY, 0)));
    assertEquals(List.of(), g.outgoing("debug"));
    assertTrue(g.acyclic());
  }

  @Test
  void readsOfUndefinedOrLaterVariablesAreProblemsNotEdges() {
    ProgramModel m =
        ProgramReader.read(
                """
                def run(tokens):
                    positions = list(range(len(tokens)))
                    early = [x for x in late]
                    late = [p for p in positions]
                    odd = [x for x in tokens if x in nowhere_defined]
                    return classify(WEIGHTS, [("early", early), ("ghost", ghost_outputs)])
                """,
                "p.py",
                null)
            .model();
    DataflowGraph g = DataflowGraph.of(m);
    List<String> messages = g.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    assertEquals(
        List.of("3: early reads 'late' before line 4 assigns it", "6: classifier reads 'ghost_outputs', which run does not define"),
        messages);
    assertEquals(List.of(), g.incoming("early"));
    assertTrue(g.acyclic());
  }
}
