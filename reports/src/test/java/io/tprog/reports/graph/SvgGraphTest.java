package io.tprog.reports.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.NodeKind;
import io.tprog.analyzer.graph.Role;
import io.tprog.analyzer.graph.RoleEdge;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgGraphTest {
  private static final List<GraphNode> NODES =
      List.of(
          new GraphNode("tokens", NodeKind.EMBEDDING, -1, "tokens", 10),
          new GraphNode("positions", NodeKind.EMBEDDING, -1, "positions", 11),
          new GraphNode("attn_0_0", NodeKind.HEAD, 0, "attn_0_0_outputs", 20),
          new GraphNode("attn_0_1", NodeKind.HEAD, 0, "attn_0_1_outputs", 30),
          new GraphNode("classifier", NodeKind.CLASSIFIER, 1, null, 40));
  private static final List<RoleEdge> EDGES =
      List.of(
          new RoleEdge("positions", "attn_0_0", Role.QUERY, 0),
          new RoleEdge("positions", "attn_0_0", Role.KEY, 0),
          new RoleEdge("tokens", "attn_0_0", Role.VALUE, 0),
          new RoleEdge("tokens", "attn_0_1", Role.QUERY, 0),
          new RoleEdge("attn_0_0", "classifier", Role.FEATURE, 0));

  @Test
  void everyNodeAndEdgeIsDrawnWithItsIdsAndOnlyCircuitHeadsAreMarked() {
    String svg = SvgGraph.render(LayeredLayout.layout(NODES, EDGES), Set.of("attn_0_0"));
    List<String> ids = Pattern.compile("data-id=\"([^\"]+)\"").matcher(svg).results().map(m -> m.group(1)).toList();
    assertEquals(NODES.stream().map(GraphNode::id).toList(), ids);
    List<String> edges = Pattern.compile("data-edge=\"([^\"]+)\"").matcher(svg).results().map(m -> m.group(1)).toList();
    assertEquals(EDGES.stream().map(SvgGraph::edgeKey).toList(), edges);
    assertTrue(svg.contains("class=\"node kind-head circuit-head\" data-id=\"attn_0_0\""));
    assertTrue(svg.contains("class=\"node kind-head\" data-id=\"attn_0_1\""));
    assertEquals(1, svg.split("circuit-head", -1).length - 1);
    assertTrue(svg.contains("data-role=\"key\""));
  }

  @Test
  void kindIdsAreTheLowerCaseHyphenatedEnumNames() {
    assertEquals("numerical-head", SvgGraph.kindId(NodeKind.NUMERICAL_HEAD));
    assertEquals("mlp", SvgGraph.kindId(NodeKind.MLP));
  }

  @Test
  void namesAreEscaped() {
    List<GraphNode> odd = List.of(new GraphNode("a<b>&\"c\"", NodeKind.VARIABLE, 0, "x", 1));
    String svg = SvgGraph.render(LayeredLayout.layout(odd, List.of()), Set.of());
    assertTrue(svg.contains("data-id=\"a&lt;b&gt;&amp;&quot;c&quot;\""));
  }
}
