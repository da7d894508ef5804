package io.tprog.analyzer.graph;

/**
 * An edge: {@code target} reads {@code source}'s output in {@code role}; {@code argument} is the argument position for
 * MLP inputs (0 otherwise), so an MLP reading one variable twice has two edges.
 */
public record RoleEdge(String source, String target, Role role, int argument) implements Comparable<RoleEdge> {

  @Override
  public int compareTo(RoleEdge o) {
    int c = source.compareTo(o.source);
    if (c == 0) {
      c = target.compareTo(o.target);
    }
    if (c == 0) {
      c = role.compareTo(o.role);
    }
    return c == 0 ? Integer.compare(argument, o.argument) : c;
  }

  @Override
  public String toString() {
    return source + " --" + role.label() + "--> " + target;
  }
}
