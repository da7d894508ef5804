package io.tprog.reports.graph;

import static io.tprog.reports.Markup.coordinate;
import static io.tprog.reports.Markup.html;

import io.tprog.analyzer.graph.NodeKind;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.reports.graph.GraphLayout.PlacedEdge;
import io.tprog.reports.graph.GraphLayout.PlacedNode;
import io.tprog.reports.graph.GraphLayout.Point;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a {@link GraphLayout} as one SVG element. Every node is a {@code <g class="node">} with {@code data-id}
 * (its canonical id), {@code data-kind} and {@code data-layer}; every edge a {@code <path class="edge">} with
 * {@code data-source}, {@code data-target}, {@code data-role} and {@code data-edge} ({@link #edgeKey}), coloured by role. Heads on the classifier's circuit
 * get the class {@code circuit-head}. Colours are attributes, so the SVG reads the same on its own as inside a page.
 */
public final class SvgGraph {
  private SvgGraph() {}

  /** The whole graph: the SVG element {@code id="dataflow"}. */
  public static String render(GraphLayout layout, Set<String> circuitHeads) {
    return render(layout, circuitHeads, "dataflow", "dataflow graph");
  }

  /** A graph as one SVG element of class {@code dataflow} with the given {@code id} and accessible label. */
  public static String render(GraphLayout layout, Set<String> circuitHeads, String id, String label) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(html(id)).append("\" class=\"dataflow\" role=\"img\"")
        .append(" aria-label=\"").append(html(label)).append("\" width=\"").append(coordinate(layout.width()))
        .append("\" height=\"").append(coordinate(layout.height()))
        .append("\" viewBox=\"0 0 ").append(coordinate(layout.width())).append(' ').append(coordinate(layout.height()))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    svg.append("<defs><marker id=\"").append(html(id)).append("-arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\"")
        .append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/>")
        .append("</marker></defs>\n");
    svg.append("<g class=\"edges\">\n");
    for (PlacedEdge e : layout.edges()) {
      svg.append("<path class=\"edge role-").append(html(e.edge().role().label()))
          .append("\" data-source=\"").append(html(e.edge().source()))
          .append("\" data-target=\"").append(html(e.edge().target()))
          .append("\" data-role=\"").append(html(e.edge().role().label()))
          .append("\" data-edge=\"").append(html(edgeKey(e.edge())))
          .append("\" d=\"").append(path(e)).append("\" fill=\"none\" stroke=\"").append(roleColour(e.edge().role().label()))
          .append("\" stroke-width=\"1.3\" marker-end=\"url(#").append(html(id)).append("-arrowhead)\"><title>")
          .append(html(e.edge().toString())).append("</title></path>\n");
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (PlacedNode n : layout.nodes()) {
      String kind = kindId(n.kind());
      boolean highlighted = circuitHeads.contains(n.id());
      svg.append("<g class=\"node kind-").append(kind).append(highlighted ? " circuit-head" : "")
          .append("\" data-id=\"").append(html(n.id())).append("\" data-kind=\"").append(kind)
          .append("\" data-layer=\"").append(n.layer()).append("\" tabindex=\"0\">");
      svg.append("<title>").append(html(n.id())).append(" (").append(kind.replace('-', ' '))
          .append(n.kind() == NodeKind.EMBEDDING || n.kind() == NodeKind.CLASSIFIER ? "" : ", layer " + n.layer())
          .append(")</title>");
      svg.append("<rect x=\"").append(coordinate(n.x())).append("\" y=\"").append(coordinate(n.y()))
          .append("\" width=\"").append(coordinate(n.width())).append("\" height=\"").append(coordinate(n.height()))
          .append("\" rx=\"").append(radius(n.kind())).append("\" fill=\"").append(fill(n.kind()))
          .append("\" stroke=\"").append(highlighted ? "#c00000" : "#444444")
          .append("\" stroke-width=\"").append(highlighted ? "2.5" : "1").append("\"/>");
      svg.append("<text x=\"").append(coordinate(n.x() + n.width() / 2)).append("\" y=\"")
          .append(coordinate(n.y() + n.height() / 2 + 4)).append("\" text-anchor=\"middle\">")
          .append(html(n.id())).append("</text></g>\n");
    }
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /** The kind as the page and the JSON name it: {@code head}, {@code numerical-head}, {@code mlp}, ... */
  public static String kindId(NodeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The key naming one edge in pages and selections: {@code source|target|role|argument}. */
  public static String edgeKey(RoleEdge e) {
    return e.source() + "|" + e.target() + "|" + e.role().label() + "|" + e.argument();
  }

  private static String path(PlacedEdge e) {
    StringBuilder d = new StringBuilder();
    for (Point p : e.points()) {
      d.append(d.length() == 0 ? "M" : " L").append(coordinate(p.x())).append(',').append(coordinate(p.y()));
    }
    return d.toString();
  }

  /** The stroke colour of an edge role, shared with the page's legend. */
  public static String roleColour(String role) {
    return switch (role) {
      case "query" -> "#1f77b4";
      case "key" -> "#2ca02c";
      case "value" -> "#9467bd";
      case "mlp-input" -> "#ff7f0e";
      case "feature" -> "#7f7f7f";
      default -> "#8c564b";
    };
  }

  /** The fill colour of a node kind, shared with the page's legend. */
  public static String fill(NodeKind kind) {
    return switch (kind) {
      case EMBEDDING -> "#eeeeee";
      case HEAD -> "#dbe9f6";
      case NUMERICAL_HEAD -> "#e3f1dc";
      case MLP -> "#fdebd3";
      case NUMERICAL_MLP -> "#fbe0e6";
      case VARIABLE -> "#ffffff";
      case CLASSIFIER -> "#fff2b3";
    };
  }

  private static int radius(NodeKind kind) {
    return kind.head() ? 14 : 3;
  }
}
