package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word embedding is computed from words run prepared from the tokens, in a comprehension's iterable
 * ({@code [EMBEDDINGS[word][0] for word in words]}, as docs/program-format-nlp.md emits it): those statements feed
 * the embedding, so they are in the classifier's circuit and not dead code.
 */
class WordEmbeddingReadsTest {
  private static final String PROGRAM =
      """
      CLASSES = ["a", "b"]

      def run(tokens):
          positions = list(range(len(tokens)))
          ones = [1 for _ in tokens]
          prepared = [token.lower() for token in tokens]
          words = [word if word in EMBEDDINGS else "<unk>" for word in prepared]
          var0_embeddings = [EMBEDDINGS[word][0] for word in words]
          unused = [word for word in prepared]
          return classify(WEIGHTS, [("var0_embeddings", var0_embeddings), ("ones", ones)])
      """;

  @Test
  void theWordsAnEmbeddingLooksUpAreLiveAndFeedIt() {
    ProgramReadResult read = ProgramReader.read(PROGRAM, "nlp.py", null);
    DataflowGraph graph = DataflowGraph.of(read.model());
    assertEquals(List.of("words"), graph.incoming("var0_embeddings").stream().map(RoleEdge::source).toList());
    assertEquals(List.of("prepared"), graph.incoming("words").stream().map(RoleEdge::source).toList());

    StaticReport report = StaticAnalyzer.analyze(read);
    List<String> dead = report.deadCode().stream()
        .filter(f -> f.kind() == Finding.Kind.DEAD).map(Finding::component).toList();
    assertEquals(List.of("unused"), dead, "only the statement nothing reads is dead: " + report.deadCode());
    assertTrue(report.classifierCircuit().components().stream().anyMatch(c -> c.id().equals("prepared")),
        "prepared reaches the classifier through words and var0_embeddings");
  }
}
