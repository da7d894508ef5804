package io.tprog.reports.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.reports.Fixtures;
import io.tprog.reports.graph.GraphLayout.PlacedEdge;
import io.tprog.reports.graph.GraphLayout.PlacedNode;
import io.tprog.reports.graph.GraphLayout.Point;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
  private static StaticReport sort;
  private static GraphLayout layout;

  @BeforeAll
  static void layOut() {
    sort = Fixtures.analyse(Fixtures.path("dynamic/sort/sort.py")).report();
    layout = LayeredLayout.layout(sort.nodes(), sort.edges());
  }

  @Test
  void columnsFollowTheModelOrder() {
    Map<String, Integer> column = new HashMap<>();
    for (GraphNode n : sort.nodes()) {
      column.put(n.id(), LayeredLayout.column(n));
    }
    assertEquals(0, column.get("tokens"));
    assertEquals(1, column.get("attn_0_0"));
    assertEquals(2, column.get("num_mlp_0_0"));
    assertEquals(4, column.get("mlp_1_0"));
    assertEquals(6, column.get("mlp_2_0"));
    assertEquals(7, column.get("classifier"));
  }

  @Test
  void aLaterColumnIsDrawnStrictlyRightOfAnEarlierOne() {
    for (PlacedNode a : layout.nodes()) {
      for (PlacedNode b : layout.nodes()) {
        if (a.column() < b.column()) {
          assertTrue(a.x() + a.width() < b.x(), a.id() + " left of " + b.id());
        } else if (a.column() == b.column()) {
          assertTrue(a.x() < b.x() + b.width() && b.x() < a.x() + a.width(), a.id() + " and " + b.id() + " share a column");
        }
      }
    }
  }

  @Test
  void nodesDoNotOverlapAndFitTheDrawing() {
    List<PlacedNode> nodes = layout.nodes();
    assertEquals(sort.nodes().size(), nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      PlacedNode a = nodes.get(i);
      assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= layout.width() && a.y() + a.height() <= layout.height(), a.id());
      for (int j = i + 1; j < nodes.size(); j++) {
        PlacedNode b = nodes.get(j);
        boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
        assertTrue(apart, a.id() + " overlaps " + b.id());
      }
    }
  }

  @Test
  void everyEdgeRunsFromItsSourceToItsTarget() {
    Map<String, PlacedNode> byId = new HashMap<>();
    layout.nodes().forEach(n -> byId.put(n.id(), n));
    assertEquals(sort.edges().size(), layout.edges().size());
    for (PlacedEdge e : layout.edges()) {
      assertFalse(e.points().size() < 2, e.edge().toString());
      assertTrue(touches(byId.get(e.edge().source()), e.points().get(0)), "starts at " + e.edge());
      assertTrue(touches(byId.get(e.edge().target()), e.points().get(e.points().size() - 1)), "ends at " + e.edge());
    }
  }

  @Test
  void theSameGraphIsLaidOutTheSameWay() {
    assertEquals(layout, LayeredLayout.layout(sort.nodes(), sort.edges()));
  }

  private static boolean touches(PlacedNode n, Point p) {
    double slack = 1.0;
    return p.x() >= n.x() - slack && p.x() <= n.x() + n.width() + slack && p.y() >= n.y() - slack && p.y() <= n.y() + n.height() + slack;
  }
}
