package io.tprog.reports.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.trace.Failure;
import io.tprog.analyzer.trace.FailureGroup;
import io.tprog.analyzer.trace.FeaturePush;
import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.ProvenanceStep;
import io.tprog.analyzer.trace.Trace;
import io.tprog.analyzer.trace.WrongPosition;
import io.tprog.analyzer.words.TokenContributions;
import io.tprog.analyzer.words.WrongTag;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The console forms of a trace, on traces made by hand (no program runs). */
class TraceConsoleTest {
  private static String render(Consumer<PrintWriter> print) {
    StringWriter s = new StringWriter();
    try (PrintWriter o = new PrintWriter(s)) {
      print.accept(o);
    }
    return s.toString();
  }

  /** {@code <s> 1 0 </s>} through one head; position 2 wrong, pushed by ten features, of which the first eight show. */
  private static Trace trace(List<String> tokens, List<String> expected) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    values.put("tokens", new ArrayList<>(tokens));
    values.put("attn_0_0_outputs", List.of("<s>", "0", "1", "<s>"));
    List<FeaturePush> pushes = IntStream.range(0, 10).mapToObj(i -> new FeaturePush("feature_" + i, "v", Integer.toString(i), 1.0 / (i + 1))).toList();
    List<WrongPosition> wrong = expected.isEmpty() ? List.of() : List.of(new WrongPosition(2, "1", "0", pushes));
    return new Trace(tokens, expected, List.of("<s>", "0", "1", "</s>"), List.of("tokens", "attn_0_0_outputs"), values,
        List.of(new HeadSelection("attn_0_0", false, List.of(0, 2, 1, 0), List.of()), new HeadSelection("num_attn_0_0", true, List.of(0, 12, 1, 0), List.of())),
        wrong);
  }

  @Test
  void oneInputIsAnAlignedTableThenEachWrongPositionsBreakdownAndProvenance() {
    Trace t = trace(List.of("<s>", "1", "0", "</s>"), List.of("<pad>", "0", "0", "<pad>"));
    ProvenanceStep leaf = new ProvenanceStep(null, "tokens", 1, "1", List.of(), List.of(), false, "tokens[1] = \"1\"");
    ProvenanceStep tree = new ProvenanceStep("attn_0_0", "attn_0_0_outputs", 2, "1", List.of(1), List.of(leaf), false, "attn_0_0 at 2 read 1");
    String out = render(o -> TraceConsole.print(o, t, Map.of(2, tree)));
    List<String> lines = out.lines().toList();
    // names in the longest variable's width plus two; every cell as wide as the widest ("<pad>") plus one
    assertEquals("position               0     1     2     3", lines.get(0));
    assertEquals("tokens               <s>     1     0  </s>", lines.get(1));
    assertEquals("attn_0_0_outputs     <s>     0     1   <s>", lines.get(2));
    assertEquals("prediction           <s>     0     1  </s>", lines.get(3));
    assertEquals("expected           <pad>     0     0 <pad>", lines.get(4));
    assertEquals("wrong                              ✗", lines.get(5));
    assertEquals("attn_0_0 ->            0     2     1     0", lines.get(6));
    assertEquals("num_attn_0_0 #         0    12     1     0", lines.get(7));
    assertTrue(out.contains("\nposition 2: predicted 1, expected 0\n  features pushing 1 over 0:\n"), out);
    assertTrue(out.contains("    feature_7                    7          +0.1250\n"), out);
    assertTrue(!out.contains("feature_8"), "eight features at most: " + out);
    assertTrue(out.endsWith("  provenance:\n    - attn_0_0 at 2 read 1\n      - tokens[1] = \"1\"\n"), out);
  }

  @Test
  void withoutExpectedLabelsItSaysSoAndMarksNothing() {
    String out = render(o -> TraceConsole.print(o, trace(List.of("<s>", "1", "0", "</s>"), List.of()), Map.of()));
    assertTrue(out.contains("no --expect given: nothing to compare the predictions with"), out);
    assertTrue(!out.contains("wrong"), out);
  }

  @Test
  void failingExamplesAreCountedByLengthAndListedByGroup() {
    Trace three = trace(List.of("<s>", "1", "0", "</s>"), List.of("<pad>", "0", "0", "<pad>"));
    Trace four = new Trace(List.of("<s>", "1", "0", "2", "</s>"), List.of("<pad>", "0", "0", "0", "<pad>"), three.predictions(),
        three.variables(), three.values(), three.heads(), three.wrong());
    List<FailureGroup> groups = List.of(
        new FailureGroup("attn_0_0", "reads the wrong key", List.of(new Failure(three, 2, four, "attn_0_0"), new Failure(four, 2, null, "attn_0_0"))),
        new FailureGroup("mlp_0_0", "maps to the wrong value", List.of(new Failure(three, 2, null, "mlp_0_0"))));
    String out = render(o -> TraceConsole.printFailing(o, "p.py", "d.jsonl", 10, groups));
    assertTrue(out.startsWith("p.py on d.jsonl: 3 of 10 examples misclassified, in 2 groups\n"), out);
    assertTrue(out.contains("by input length (tokens other than <s> and </s>): 2: 2, 3: 1\n"), out);
    assertTrue(out.contains("\nattn_0_0         2 examples: reads the wrong key\n"
        + "  <s> 1 0 </s>  position 2: predicted 1, expected 0; nearest passing: <s> 1 0 2 </s>\n"
        + "  <s> 1 0 2 </s>  position 2: predicted 1, expected 0\n"), out);
    assertTrue(out.contains("\nmlp_0_0          1 example: maps to the wrong value\n"), out);
    assertEquals(Map.of(2, 2, 3, 1), TraceConsole.failingByLength(groups));
  }

  @Test
  void noFailuresIsOneLine() {
    assertEquals("p.py on d.jsonl: 0 of 4 examples misclassified, in 0 groups\n", render(o -> TraceConsole.printFailing(o, "p.py", "d.jsonl", 4, List.of())));
  }

  @Test
  void contributionsAreATokenByClassTableWithTheTotalsAndWrongTagsListTheirPushes() {
    TokenContributions c = new TokenContributions(List.of("LOC", "NUM"), List.of("<s>", "how"),
        List.of(List.of(0.1, 0.0), List.of(-0.1, 1.1)), List.of(0.0, 1.1), "NUM");
    String out = render(o -> TraceConsole.printContributions(o, c));
    assertTrue(out.contains("\ntoken         LOC      NUM\n<s>        +0.100   +0.000\nhow        -0.100   +1.100\ntotal      +0.000   +1.100\npooled prediction: NUM\n"), out);

    String tags = render(o -> TraceConsole.printWrongTags(o, List.of(
        new WrongTag(2, "met", "O", "B-PER", List.of(new WrongTag.Push("var0_embeddings", "0", 2.0, "the word \"met\" here"))),
        new WrongTag(3, "x", "O", "B-PER", List.of()))));
    assertTrue(tags.contains("wrong tag at position 2 (\"met\"): O instead of B-PER, pushed by:\n  var0_embeddings = 0          +2.0000  the word \"met\" here\n"), tags);
    assertTrue(tags.contains("wrong tag at position 3 (\"x\"): O instead of B-PER, pushed by:\n  no feature pushes it"), tags);
  }
}
