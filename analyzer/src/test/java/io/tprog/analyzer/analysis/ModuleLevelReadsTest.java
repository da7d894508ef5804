package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.NodeKind;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * run may read a table built at module level, also inside a comprehension's iterable
 * ({@code [Emb0[...] for i in embeddings["var0_embeddings"]]} with {@code embeddings} built from {@code embed_df}):
 * the dataflow graph follows the read, and through it the module-level names the table is built from, so they are
 * in the circuit of what reads them and dead only when that is.
 */
class ModuleLevelReadsTest {
  private static final String PROGRAM =
      """
      CLASSES = ["a", "b"]

      embed_df = read_table("nlp_embeddings.csv")
      embeddings = {column: [row[column] for row in embed_df] for column in ["var0_embeddings"]}
      spare = [1, 2]
      never_read = [3]
      word = "shadowed inside run"


      def run(tokens):
          positions = list(range(len(tokens)))
          ones = [1 for _ in tokens]
          var0_embeddings = [Emb0[i] for i in embeddings["var0_embeddings"]]
          unused = [x for x in spare]
          lengths = [len(word) for word in tokens]
          return classify(WEIGHTS, [("var0_embeddings", var0_embeddings), ("ones", ones)])
      """;

  @Test
  void theGraphFollowsModuleLevelTablesIntoRun() {
    ProgramReadResult read = ProgramReader.read(PROGRAM, "nlp.py", null);
    DataflowGraph graph = DataflowGraph.of(read.model());
    assertEquals(List.of("embeddings"), graph.incoming("var0_embeddings").stream().map(RoleEdge::source).toList());
    assertEquals(List.of("embed_df"), graph.incoming("embeddings").stream().map(RoleEdge::source).toList());
    assertEquals(NodeKind.VARIABLE, graph.node("embed_df").orElseThrow().kind());
    assertTrue(graph.problems().isEmpty(), graph.problems().toString());
    // Only what run reads joins the graph; a comprehension's own variable is not the module-level name.
    assertFalse(graph.node("never_read").isPresent());
    assertFalse(graph.node("word").isPresent());
    assertEquals(List.of("tokens"), graph.incoming("lengths").stream().map(RoleEdge::source).toList());

    StaticReport report = StaticAnalyzer.analyze(read);
    List<String> dead = report.deadCode().stream()
        .filter(f -> f.kind() == Finding.Kind.DEAD).map(Finding::component).sorted().toList();
    assertEquals(List.of("lengths", "spare", "unused"), dead, report.deadCode().toString());
    List<String> circuit = report.classifierCircuit().components().stream().map(c -> c.id()).toList();
    assertTrue(circuit.containsAll(List.of("embed_df", "embeddings", "var0_embeddings")), circuit.toString());
  }
}
