package io.tprog.reports.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.trace.Failure;
import io.tprog.analyzer.trace.FailureGroup;
import io.tprog.analyzer.trace.ProvenanceStep;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import io.tprog.analyzer.words.TokenContributions;
import io.tprog.analyzer.words.WrongTag;
import java.util.List;
import java.util.Map;

/** The JSON of {@code tprog trace}: one traced input with its provenance trees, or a dataset's failure groups. */
public final class TraceJson {
  private TraceJson() {}

  /** One input: the trace and, per wrong position, its provenance tree ({@code trees}, in position order). */
  public static ObjectNode trace(ObjectMapper mapper, String program, Trace trace, Map<Integer, ProvenanceStep> trees) {
    ObjectNode node = mapper.createObjectNode();
    node.put("program", program);
    node.set("trace", mapper.valueToTree(trace));
    ObjectNode provenance = node.putObject("provenance");
    trees.forEach((p, t) -> provenance.set(Integer.toString(p), mapper.valueToTree(t)));
    return node;
  }

  /**
   * {@link #trace} of a sentence through an NLP program: with {@code contributions} (a pooled program) each token's
   * contribution to each class score, with {@code wrongTags} (a tagger given expected tags) each wrong tag's provenance.
   */
  public static ObjectNode sentence(
      ObjectMapper mapper, String program, Trace trace, Map<Integer, ProvenanceStep> trees, TokenContributions contributions, List<WrongTag> wrongTags) {
    ObjectNode node = trace(mapper, program, trace, trees);
    if (contributions != null) {
      node.set("contributions", mapper.valueToTree(contributions));
    }
    if (wrongTags != null) {
      node.set("wrong_tags", mapper.valueToTree(wrongTags));
    }
    return node;
  }

  /** A dataset's failing examples: counts, counts by input length, then each group with every failure. */
  public static ObjectNode failing(ObjectMapper mapper, String program, String data, int examples, List<FailureGroup> groups) {
    ObjectNode node = mapper.createObjectNode();
    node.put("program", program);
    node.put("data", data);
    node.put("examples", examples);
    node.put("misclassified", groups.stream().mapToInt(FailureGroup::size).sum());
    ObjectNode lengths = node.putObject("failing_by_length");
    TraceConsole.failingByLength(groups).forEach((length, count) -> lengths.put(Integer.toString(length), count));
    ArrayNode array = node.putArray("groups");
    for (FailureGroup g : groups) {
      ObjectNode group = array.addObject();
      group.put("component", g.component());
      group.put("examples", g.size());
      group.put("explanation", g.explanation());
      ArrayNode list = group.putArray("failures");
      for (Failure f : g.failures()) {
        ObjectNode one = list.addObject();
        one.putPOJO("tokens", f.trace().tokens());
        one.put("position", f.position());
        WrongPosition w = f.trace().wrong().get(0);
        one.put("predicted", w.predicted());
        one.put("expected", w.expected());
        one.putPOJO("neighbour", f.neighbour() == null ? null : f.neighbour().tokens());
      }
    }
    return node;
  }
}
