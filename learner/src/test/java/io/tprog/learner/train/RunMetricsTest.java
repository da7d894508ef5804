package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.learner.data.DatasetDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed metrics write {@code metrics.json} as the map-based writer before them did. The files under
 * {@code metrics/} were written by that writer from real runs (a program with and without a balanced set, the
 * standard baseline, an NLP tagger with entity scores; the tagger's split descriptions in their new fixed key order):
 * each reads into {@link RunMetrics} and writes back byte for byte.
 */
class RunMetricsTest {
  private static final ObjectMapper JSON = RunFiles.metricsJson();

  private static String resource(String name) throws IOException {
    try (InputStream in = RunMetricsTest.class.getResourceAsStream("metrics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"program.json", "program-balanced.json", "standard.json", "nlp-tagger.json"})
  void metricsWrittenBeforeRoundTripByteForByte(String name, @TempDir Path out)
      throws IOException {
    String text = resource(name);
    RunMetrics metrics = JSON.readValue(text, RunMetrics.class);
    RunFiles.writeMetrics(out, metrics);
    assertEquals(text, Files.readString(out.resolve(RunFiles.METRICS)));
  }

  @Test
  void theKindsOfRunAndDataAreReadBackTyped() throws IOException {
    RunMetrics.Program program = assertInstanceOf(
        RunMetrics.Program.class, JSON.readValue(resource("program-balanced.json"), RunMetrics.class));
    assertInstanceOf(DatasetDescription.Synthetic.class, program.dataset());
    assertEquals(9L, program.accuracyByLength().balancedSeed());
    assertEquals(2, program.classifierFit().epochs());
    RunMetrics.Standard standard =
        assertInstanceOf(RunMetrics.Standard.class, JSON.readValue(resource("standard.json"), RunMetrics.class));
    assertEquals(64, standard.configuration().width());
    assertNull(standard.configuration().classifierEpochs());
    RunMetrics.Program tagger =
        assertInstanceOf(RunMetrics.Program.class, JSON.readValue(resource("nlp-tagger.json"), RunMetrics.class));
    DatasetDescription.Nlp nlp = assertInstanceOf(DatasetDescription.Nlp.class, tagger.dataset());
    assertEquals(600, nlp.splits().get("train").kept());
    assertTrue(tagger.accuracy().test().programEntities().gold() > 0);
  }

  /** When Jython cannot run the program and CPython is absent, the test split's agreement says why, in its place. */
  @Test
  void aJythonFailureTakesThePlaceOfItsCounts() throws IOException {
    RunMetrics.Program program = (RunMetrics.Program) JSON.readValue(resource("program.json"), RunMetrics.class);
    RunMetrics.Agreement java = program.agreement().test();
    RunMetrics.Agreement failed = new RunMetrics.Agreement(java.modelVsJavaPositionsAgreed(),
        java.modelVsJavaPositionsCompared(), java.modelVsJavaExamplesAgreed(), java.examples())
        .withEmitted(new ProgramCheck.EmittedRuns(null, "too large for Jython", null, 1.0, null));
    JsonNode written = JSON.readTree(JSON.writeValueAsString(failed));
    assertEquals(List.of("model_vs_java_positions_agreed", "model_vs_java_positions_compared",
        "model_vs_java_examples_agreed", "examples", "jython_error"), names(written));
    assertEquals("too large for Jython", written.get("jython_error").asText());
  }

  /**
   * Every fixture program's metrics.json, written by older versions with fewer sections, still reads, and writes back
   * its keys in the same order with the same values (the sections added since aside).
   */
  @Test
  void fixtureMetricsKeepTheirKeysInOrder() throws IOException {
    List<Path> files;
    try (Stream<Path> folders = Files.list(Path.of("..", "fixtures", "programs"))) {
      files = folders.map(f -> f.resolve(RunFiles.METRICS)).filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(8, files.size(), "fixture metrics files");
    for (Path file : files) {
      JsonNode fixture = JSON.readTree(file.toFile());
      JsonNode written = JSON.readTree(JSON.writeValueAsString(JSON.readValue(file.toFile(), RunMetrics.class)));
      keepOnly(written, fixture);
      assertEquals(JSON.writeValueAsString(fixture), JSON.writeValueAsString(written), file.toString());
    }
  }

  /** Removes from {@code node} every object key that {@code shape} does not have, recursively. */
  private static void keepOnly(JsonNode node, JsonNode shape) {
    if (node instanceof ObjectNode object) {
      object.retain(names(shape));
      object.properties().forEach(e -> keepOnly(e.getValue(), shape.get(e.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        keepOnly(node.get(i), shape.get(i));
      }
    }
  }

  private static List<String> names(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }
}
