package io.tprog.analyzer.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;

/** One piece of dead or unreachable code: what kind, which component, where, and a sentence saying why. */
public record Finding(Kind kind, String component, int line, String detail) implements Comparable<Finding> {

  /** The kinds of finding, with the stable ids fixtures and JSON use. */
  public enum Kind {
    /** A variable that no live component reads and that cannot change any prediction through the classifier. */
    DEAD("dead"),
    /** A predicate that cannot match for any query and key value its inputs can take. */
    NEVER_MATCHES("never-matches"),
    /** A predicate branch that no query value can reach. */
    UNREACHABLE_BRANCH("unreachable-branch"),
    /** A reachable predicate branch whose key value no key can take. */
    BRANCH_NEVER_MATCHES("branch-never-matches"),
    /** An MLP row (or, with line of the final return, its default) that no input combination reaches. */
    UNREACHABLE_ROW("unreachable-row"),
    /** A variable that takes the same value at every position of every input. */
    CONSTANT("constant");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }

    public static Kind ofId(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("no finding kind '" + id + "'");
    }
  }

  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt(Finding::line).thenComparing(Finding::kind).thenComparing(Finding::component);

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return kind.id() + " " + component + " (line " + line + "): " + detail;
  }
}
