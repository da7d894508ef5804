package io.tprog.analyzer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.program.TestFixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DotExporterTest {
  private static final DataflowGraph GRAPH = DataflowGraph.of(TestFixtures.read("clean").model());

  @Test
  void everyNodeAndEdgeIsWrittenWithItsRole() {
    String dot = DotExporter.export(GRAPH);
    assertEquals(GRAPH.nodes().size(), dot.lines().filter(l -> l.matches("  \"[^\"]+\" \\[shape=.*")).count());
    assertEquals(GRAPH.edges().size(), dot.lines().filter(l -> l.contains(" -> ")).count());
    assertTrue(dot.contains("  \"mlp_0_0\" -> \"attn_1_0\" [label=\"query\"];\n"), dot);
    assertTrue(dot.indexOf("\"attn_0_0\" -> \"mlp_0_0\"") < dot.indexOf("\"mlp_0_0\" -> \"attn_1_0\""), "edges follow program order");
  }

  @Test
  void onlyTheGivenCircuitIsHighlighted() {
    RoleEdge edge = new RoleEdge("attn_0_0", "mlp_0_0", Role.MLP_INPUT, 0);
    String dot = DotExporter.export(GRAPH, Set.of("attn_0_0"), Set.of(edge));
    assertEquals(1, dot.lines().filter(l -> l.contains("fillcolor")).count());
    assertEquals(1, dot.lines().filter(l -> l.contains("color=\"#c00000\"")).count());
    assertTrue(dot.contains("\"attn_0_0\" -> \"mlp_0_0\" [label=\"mlp-input\", color=\"#c00000\", penwidth=2];"));
    assertEquals(dot, DotExporter.export(GRAPH, Set.of("attn_0_0"), Set.of(edge)), "deterministic");
  }
}
