package io.tprog.reports.graph;

import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.reports.graph.GraphLayout.PlacedEdge;
import io.tprog.reports.graph.GraphLayout.PlacedNode;
import io.tprog.reports.graph.GraphLayout.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a dataflow graph out left to right in the columns of the model: embeddings, then per layer its heads and then
 * its MLPs, then the classifier. The column is fixed from each node's kind and layer (ELK's interactive layering reads
 * it from the initial x position); ELK orders nodes within a column to reduce crossings and routes the edges.
 * The result is deterministic: ELK's random seed is fixed and the input is in program order.
 */
public final class LayeredLayout {
  private static final double COLUMN_PITCH = 10_000;
  private static final double CHARACTER_WIDTH = 7.5;
  private static final double NODE_HEIGHT = 28;

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private LayeredLayout() {}

  /** The column of a node: embeddings 0, layer L's heads {@code 2L+1}, its MLPs and a user's variables {@code 2L+2}. */
  public static int column(GraphNode node) {
    return switch (node.kind()) {
      case EMBEDDING -> 0;
      case HEAD, NUMERICAL_HEAD -> 2 * node.layer() + 1;
      case MLP, NUMERICAL_MLP, VARIABLE -> 2 * node.layer() + 2;
      case CLASSIFIER -> 2 * node.layer() + 1;
    };
  }

  /** Lays out the nodes (in program order) and edges; edges whose ends are not among the nodes are left out. */
  public static GraphLayout layout(List<GraphNode> nodes, List<RoleEdge> edges) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
    root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
    root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));

    Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
    Map<String, Integer> columns = new HashMap<>();
    int row = 0;
    for (GraphNode n : nodes) {
      ElkNode e = ElkGraphUtil.createNode(root);
      e.setIdentifier(n.id());
      int column = column(n);
      columns.put(n.id(), column);
      e.setDimensions(Math.max(64, 20 + CHARACTER_WIDTH * n.id().length()), NODE_HEIGHT);
      e.setLocation(column * COLUMN_PITCH, row++ * NODE_HEIGHT * 2);
      elkNodes.put(n.id(), e);
    }
    List<RoleEdge> drawn = new ArrayList<>();
    List<ElkEdge> elkEdges = new ArrayList<>();
    for (RoleEdge edge : edges) {
      ElkNode source = elkNodes.get(edge.source());
      ElkNode target = elkNodes.get(edge.target());
      if (source != null && target != null) {
        drawn.add(edge);
        elkEdges.add(ElkGraphUtil.createSimpleEdge(source, target));
      }
    }

    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    List<PlacedNode> placed = new ArrayList<>();
    for (GraphNode n : nodes) {
      ElkNode e = elkNodes.get(n.id());
      placed.add(new PlacedNode(n.id(), n.kind(), n.layer(), columns.get(n.id()), e.getX(), e.getY(), e.getWidth(), e.getHeight()));
    }
    List<PlacedEdge> routes = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      List<Point> points = new ArrayList<>();
      for (ElkEdgeSection s : elkEdges.get(i).getSections()) {
        points.add(new Point(s.getStartX(), s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
          points.add(new Point(b.getX(), b.getY()));
        }
        points.add(new Point(s.getEndX(), s.getEndY()));
      }
      routes.add(new PlacedEdge(drawn.get(i), points));
    }
    return new GraphLayout(placed, routes, root.getWidth(), root.getHeight());
  }
}
