package io.tprog.analyzer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.format.ComponentNames;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.TestFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * On every trained program under {@code fixtures/programs/} (and every analyzer fixture): it reads without problems,
 * the graph has one node per component its header's configuration declares, it is acyclic, and every head's query and
 * key roles are the variables its predicate's arguments name.
 */
class FixtureProgramsTest {
  /** A count in the configuration header, written either "3 layers" or "layers 3". */
  private static int count(String configuration, String what) {
    Matcher m = Pattern.compile("(\\d+) " + what + "\\b|\\b" + what + " (\\d+)").matcher(configuration);
    assertTrue(m.find(), "the configuration header does not say how many " + what + ": " + configuration);
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  @TestFactory
  Stream<DynamicTest> trainedPrograms() throws IOException {
    List<Path> programs = TestFixtures.programs("programs");
    assertEquals(8, programs.size(), "the eight trained fixture programs under fixtures/programs: " + programs);
    return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, true)));
  }

  @TestFactory
  Stream<DynamicTest> analyzerFixtures() throws IOException {
    return TestFixtures.programs("analyzer").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, false)));
  }

  private static void check(Path program, boolean mustBeClean) throws IOException {
    ProgramReadResult read = ProgramReader.read(program);
    if (mustBeClean) {
      assertEquals(List.of(), read.problems(), program.toString());
    }
    DataflowGraph graph = DataflowGraph.of(read.model());
    assertTrue(graph.acyclic(), program + " has a cycle");
    String configuration = read.model().header().get("configuration");
    if (configuration != null) {
      int layers = count(configuration, "layers");
      assertEquals(layers * count(configuration, "categorical heads"), count(graph, NodeKind.HEAD), program + ": categorical heads");
      assertEquals(layers * count(configuration, "numerical heads"), count(graph, NodeKind.NUMERICAL_HEAD), program + ": numerical heads");
      assertEquals(layers * count(configuration, "categorical MLPs"), count(graph, NodeKind.MLP), program + ": categorical MLPs");
      assertEquals(layers * count(configuration, "numerical MLPs"), count(graph, NodeKind.NUMERICAL_MLP), program + ": numerical MLPs");
    }
    if (mustBeClean) {
      // One node per embedding, head and MLP of the program, and the classifier: nothing lost, nothing twice.
      List<String> expected = new java.util.ArrayList<>();
      read.model().embeddings().forEach(e -> expected.add(e.name()));
      read.model().heads().forEach(h -> expected.add(h.name()));
      read.model().mlps().forEach(m -> expected.add(m.name()));
      expected.add("classifier");
      assertEquals(expected.stream().sorted().toList(), graph.nodes().stream().map(GraphNode::id).sorted().toList(), program.toString());
    }
    for (Head h : read.model().heads()) {
      assertEquals(1, graph.incoming(h.name()).stream().filter(e -> e.role() == Role.QUERY).count(), h.name());
      assertEquals(1, graph.incoming(h.name()).stream().filter(e -> e.role() == Role.KEY).count(), h.name());
      assertEquals(1, graph.incoming(h.name()).stream().filter(e -> e.role() == Role.VALUE).count(), h.name());
      RoleEdge query = graph.incoming(h.name()).stream().filter(e -> e.role() == Role.QUERY).findFirst().orElseThrow();
      RoleEdge key = graph.incoming(h.name()).stream().filter(e -> e.role() == Role.KEY).findFirst().orElseThrow();
      assertEquals(graph.nodeOfVariable(h.query()).orElseThrow(), query.source());
      assertEquals(graph.nodeOfVariable(h.key()).orElseThrow(), key.source());
      assertTrue(ComponentNames.argumentTakes(h.predicate().queryArgument(), h.query()), h.name() + " query role vs " + h.predicate().queryArgument());
      assertTrue(ComponentNames.argumentTakes(h.predicate().keyArgument(), h.key()), h.name() + " key role vs " + h.predicate().keyArgument());
    }
  }

  private static long count(DataflowGraph graph, NodeKind kind) {
    return graph.nodes().stream().filter(n -> n.kind() == kind).count();
  }
}
