package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.analyzer.words.WordFeatures;
import io.tprog.reports.Fixtures;
import io.tprog.reports.Fixtures.Analysed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words section of the word_embeddings fixture's report (two classes, B-PER and O; ann and bob are var0 2). */
class WordReportTest {
  private static final Analysed NLP = Fixtures.analyse(Fixtures.path("analyzer/word_embeddings/word_embeddings.py"));

  @Test
  void theContrastAndEachClassesTopFeaturesAreInEveryFile(@TempDir Path out) throws Exception {
    WordReport words = WordReport.of(WordFeatures.of(NLP.read().model()).orElseThrow(), Optional.of(List.of("B-PER", "O")));
    CircuitReportWriter.write(NLP.read().model(), NLP.report(), Optional.empty(), Optional.of(words), out);

    String md = Files.readString(out.resolve(CircuitReportWriter.MARKDOWN));
    assertTrue(md.contains("## Words\n"), md);
    assertTrue(md.contains("### B-PER against O\n"), md);
    assertTrue(md.contains("| `var0_embeddings = 2` | +1.5000 | ann bob | the words whose var0_embeddings is 2 |"), md);
    assertTrue(md.contains("| `var0_embeddings = 0` | -2.0000 | \\<pad> \\<unk> met and, |"), md);
    assertTrue(md.contains("| `attn_0_0_outputs = 2` | +0.2500 | ann bob | attn_0_0 copies var0_embeddings"), md);
    assertFalse(md.contains("`mlp_0_0_outputs = 2`"), "the unreachable row never fires: " + md);
    assertTrue(md.contains("Features that O (its weight):\n\n| feature | score | words | how |\n|---|---|---|---|\n| `var0_embeddings = 0` | +1.0000 |"), md);

    String html = Files.readString(out.resolve(CircuitReportWriter.HTML));
    assertTrue(html.indexOf("<section id=\"words\">") < html.indexOf("<script type=\"application/json\" id=\"selections\">"));
    assertTrue(html.contains("<tr><td><code>var0_embeddings = 2</code></td><td>+1.5000</td><td>ann bob</td>"), html);

    JsonNode json = new ObjectMapper().readTree(out.resolve(CircuitReportWriter.JSON).toFile());
    assertEquals("B-PER", json.at("/words/contrast/a").asText());
    assertEquals("var0_embeddings", json.at("/words/contrast/towardA/0/variable").asText());
    assertEquals("2", json.at("/words/contrast/towardA/0/value").asText());
    assertEquals(1.5, json.at("/words/contrast/towardA/0/score").asDouble(), 1e-12);
    assertEquals("ann", json.at("/words/contrast/towardA/0/origin/words/0").asText());
    assertEquals("WORD", json.at("/words/contrast/towardA/0/origin/kind").asText());
    assertEquals("O", json.at("/words/classes/1/label").asText());
    assertEquals("program", json.fieldNames().next(), "report.json keeps the circuit report's own fields first");
  }

  @Test
  void withoutAContrastOnlyTheClassesAreListedAndAnOrdinaryProgramHasNoSection(@TempDir Path out) throws Exception {
    WordReport words = WordReport.of(WordFeatures.of(NLP.read().model()).orElseThrow(), Optional.empty());
    assertEquals(null, words.contrast());
    assertFalse(words.markdownSection().contains(" against "));
    assertEquals(List.of("B-PER", "O"), words.classes().stream().map(WordReport.ClassFeatures::label).toList());
    assertTrue(WordFeatures.of(Fixtures.analyse(Fixtures.path("dynamic/sort/sort.py")).read().model()).isEmpty());
  }

  @Test
  void manyWordsAreCountedAfterTheExamples() {
    assertEquals("a b … (9 words)", WordReport.words(new io.tprog.analyzer.words.FeatureOrigin(
        io.tprog.analyzer.words.FeatureOrigin.Kind.WORD, "", List.of("a", "b"), 9)));
    assertEquals("—", WordReport.words(new io.tprog.analyzer.words.FeatureOrigin(
        io.tprog.analyzer.words.FeatureOrigin.Kind.NOT_FOLLOWED, "", List.of(), 0)));
  }
}
