package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.TestFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircuitFinderTest {
  /** Rows of 0 for the inputs' values (tokens x and y, position 0, ones), which then move no class. */
  private static final String ZERO_INPUT_ROWS = "tokens,x,0,0,0\ntokens,y,0,0,0\npositions,0,0,0,0\nones,_,0,0,0\n";

  @TempDir Path dir;

  private static CircuitFinder finder(ProgramReadResult read) {
    DataflowGraph g = DataflowGraph.of(read.model());
    return new CircuitFinder(g, new ValueSetInference(g).infer());
  }

  /** A one-head program with classes a, b and c, whose weight rows are given per test. */
  private CircuitFinder program(String weightRows) throws IOException {
    Files.writeString(
        dir.resolve("w.py"),
        """
        CLASSES = ["a", "b", "c"]
        def run(tokens):
            positions = list(range(len(tokens)))
            ones = [1] * len(tokens)
            def predicate_0_0(q_position, k_position):
                if q_position in {0, 1}:
                    return k_position == 0
            attn_0_0_pattern = select_closest(positions, positions, predicate_0_0)
            attn_0_0_outputs = aggregate(attn_0_0_pattern, tokens)
            return classify(WEIGHTS, [("tokens", tokens), ("positions", positions), ("ones", ones), ("attn_0_0_outputs", attn_0_0_outputs)])
        """);
    Files.writeString(dir.resolve("w_weights.csv"), "feature,value,a,b,c\n" + weightRows);
    return finder(ProgramReader.read(dir.resolve("w.py")));
  }

  @Test
  void aFeatureFeedsAClassOnlyWhenItsRowsMoveThatClassAgainstAnother() throws IOException {
    CircuitFinder f =
        program(
            """
            tokens,x,1,1,1
            tokens,y,2,2,2
            positions,0,0,0,1
            positions,1,0,0,0
            ones,_,3,1,2
            attn_0_0_outputs,x,0,5,0
            attn_0_0_outputs,y,0,0,0
            """);
    ClassifierFeature tokens = new ClassifierFeature("tokens", "tokens", 0);
    ClassifierFeature positions = new ClassifierFeature("positions", "positions", 0);
    ClassifierFeature ones = new ClassifierFeature("ones", "ones", 0);
    for (String c : List.of("a", "b", "c")) {
      assertFalse(f.feeds(tokens, c), "rows that shift every class alike never change a rank");
      assertFalse(f.feeds(ones, c), "a numerical feature with one value is a constant offset");
      assertTrue(f.feeds(positions, c), "position 0 moves c against a and b, so every class's rank can change");
    }
    Circuit a = f.circuit("a");
    assertEquals(List.of("positions", "attn_0_0_outputs"), a.feedingFeatures());
    assertEquals(List.of("tokens", "ones"), a.nonFeedingFeatures());
    assertEquals(List.of("tokens", "positions", "attn_0_0"), a.components().stream().map(CircuitComponent::id).toList());
    assertEquals("tokens --value--> attn_0_0 --feature--> class \"a\"", a.components().get(0).path());
  }

  @Test
  void aReachableValueWithoutARowCountsAsZero() throws IOException {
    // attn_0_0_outputs has a row for x only, though it can also be y; every input's rows are 0.
    CircuitFinder f = program(ZERO_INPUT_ROWS + "attn_0_0_outputs,x,0,2,0\n");
    assertFalse(f.feeds(new ClassifierFeature("tokens", "tokens", 0), "a"));
    assertTrue(
        f.feeds(new ClassifierFeature("attn_0_0_outputs", "attn_0_0_outputs", 0), "a"),
        "the output can be y, which has no row: a zero row against x's");
    assertFalse(f.feeds(new ClassifierFeature("missing", "tokens", 0), "a"), "a feature without rows adds nothing");
    assertFalse(f.feeds(new ClassifierFeature("tokens", "tokens", 0), "z"), "not a class");
  }

  @Test
  void withoutWeightsEveryFeatureFeeds() {
    CircuitFinder f = finder(TestFixtures.read("no_weights"));
    assertEquals(List.of("0", "1", "2"), f.classes());
    assertTrue(f.circuit("0").nonFeedingFeatures().isEmpty());
    assertEquals(9, f.circuit(null).components().size(), "every node but the classifier is on the circuit");
  }

  @Test
  void circuitsAreSortedByLayerAndCoverEachClass() {
    CircuitFinder f = finder(TestFixtures.read("dead_code"));
    List<Circuit> all = f.circuits();
    assertEquals(List.of("0", "1", "2"), all.stream().map(Circuit::classLabel).toList());
    for (Circuit c : all) {
      assertFalse(c.contains("attn_1_1"));
      assertFalse(c.contains("attn_0_2"));
      List<Integer> layers = c.components().stream().map(CircuitComponent::layer).toList();
      assertEquals(layers.stream().sorted().toList(), layers);
    }
  }
}
