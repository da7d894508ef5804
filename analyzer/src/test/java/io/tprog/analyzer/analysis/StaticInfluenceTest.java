package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.TestFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * On every trained program under {@code fixtures/programs/}, for every class: each head's and MLP's influence is the
 * sum of the swings of exactly the features computed from it, the upstream sets worked out here independently, by
 * walking the nodes in their topological (program) order instead of searching the graph.
 */
class StaticInfluenceTest {
  @TestFactory
  Stream<DynamicTest> everyComponentReachesExactlyTheFeaturesDownstreamOfIt() throws IOException {
    List<Path> programs = TestFixtures.programs("programs");
    assertEquals(8, programs.size(), "the eight trained fixture programs under fixtures/programs: " + programs);
    return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  /** Without this, a search that stopped at a component's own output would pass the test above. */
  @Test
  void someComponentReachesAFeatureThroughOtherComponents() throws IOException {
    long indirect = TestFixtures.programs("programs").stream().filter(StaticInfluenceTest::check).count();
    assertTrue(indirect >= 4, "trained programs with a component reaching a feature other than its own output: " + indirect);
  }

  /** Checks one program; true when some component reaches a feature, swing above 0, other than its own output. */
  private static boolean check(Path program) {
    DataflowGraph graph = DataflowGraph.of(ProgramReader.read(program).model());
    ValueSets valueSets = new ValueSetInference(graph).infer();
    CircuitFinder circuits = new CircuitFinder(graph, valueSets);
    StaticInfluence influence = new StaticInfluence(graph, valueSets);
    Map<String, Set<String>> upstream = upstreamByTopologicalOrder(graph);
    boolean indirect = false;
    for (String classLabel : circuits.classes()) {
      List<StaticInfluence.Influence> expected = new ArrayList<>();
      for (GraphNode n : graph.nodes()) {
        if (!n.kind().head() && !n.kind().mlp()) {
          continue;
        }
        List<StaticInfluence.FeatureSwing> via = new ArrayList<>();
        for (ClassifierFeature f : graph.model().features()) {
          String featureNode = graph.nodeOfVariable(f.variable()).orElse(null);
          double swing = circuits.swing(f, classLabel);
          if (featureNode != null && swing > 0 && upstream.get(featureNode).contains(n.id())) {
            via.add(new StaticInfluence.FeatureSwing(f.feature(), swing));
            indirect |= !featureNode.equals(n.id());
          }
        }
        via.sort(
            Comparator.comparingDouble(StaticInfluence.FeatureSwing::swing).reversed()
                .thenComparing(StaticInfluence.FeatureSwing::feature));
        expected.add(new StaticInfluence.Influence(n.id(), via.stream().mapToDouble(StaticInfluence.FeatureSwing::swing).sum(), via));
      }
      assertEquals(expected, influence.of(classLabel), program + ", class " + classLabel);
    }
    return indirect;
  }

  /** Each node and every node upstream of it, built in program order, which is topological: sources come first. */
  private static Map<String, Set<String>> upstreamByTopologicalOrder(DataflowGraph graph) {
    Map<String, Set<String>> upstream = new HashMap<>();
    for (GraphNode n : graph.nodes()) {
      Set<String> mine = new HashSet<>(Set.of(n.id()));
      for (RoleEdge e : graph.incoming(n.id())) {
        mine.addAll(upstream.get(e.source()));
      }
      upstream.put(n.id(), mine);
    }
    return upstream;
  }
}
