package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tprog report --contrast} and {@code tprog trace} on hand-written NLP programs: the pooled questions
 * classifier (fixtures/nlp/questions, its scores worked out by hand in its header) and the word_embeddings tagger.
 */
class NlpReportTraceTest {
  private static final String QUESTIONS = CommandRun.fixture("nlp/questions/questions.py");
  private static final String TAGGER = CommandRun.fixture("analyzer/word_embeddings/word_embeddings.py");

  @TempDir Path dir;

  @Test
  void aContrastListsTheSeparatingFeaturesWithTheirWordsInTheReportAndTheJson() throws Exception {
    Path out = dir.resolve("report");
    CommandRun r = CommandRun.of("report", QUESTIONS, "--contrast", "NUM,LOC", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("### NUM against LOC"), md);
    // NUM - LOC: mlp_0_0 2 (how) 1.5, var0 4 (many @) 1.1, mlp_0_0 3 (many @) 0.8, attn 3 (copied from city people) 0.1
    assertTrue(md.contains("| `mlp_0_0_outputs = 2` | +1.5000 | how | the words whose var0_embeddings and var1_embeddings mlp_0_0 maps to 2 |"), md);
    assertTrue(md.contains("| `var0_embeddings = 4` | +1.1000 | many @ |"), md);
    assertTrue(md.contains("| `mlp_0_0_outputs = 1` | -1.5000 | where |"), md);
    assertTrue(md.contains("Features that LOC (its weight):"), md);

    CommandRun json = CommandRun.of("report", QUESTIONS, "--contrast", "NUM,LOC", "--json");
    assertEquals(0, json.exit(), json.err());
    JsonNode words = new ObjectMapper().readTree(json.out()).get("words");
    assertEquals("mlp_0_0_outputs", words.at("/contrast/towardA/0/variable").asText());
    assertEquals("how", words.at("/contrast/towardA/0/origin/words/0").asText());
    assertEquals("attn_0_0_outputs", words.at("/contrast/towardA/3/variable").asText());
    assertEquals("ATTENDED_WORD", words.at("/contrast/towardA/3/origin/kind").asText());
    assertEquals("city people", words.at("/contrast/towardA/3/origin/words/0").asText() + " " + words.at("/contrast/towardA/3/origin/words/1").asText());
  }

  @Test
  void aBadClassInTheContrastIsOneSentenceExitTwoAndWritesNothing() {
    Path out = dir.resolve("report");
    CommandRun r = CommandRun.of("report", QUESTIONS, "--contrast", "NUM,ORG", "--out", out.toString());
    assertEquals(2, r.exit());
    assertEquals("tprog: --contrast names 'ORG', which is not a class of questions.py; its classes are LOC, NUM.\n", r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out));

    CommandRun one = CommandRun.of("report", QUESTIONS, "--contrast", "NUM", "--json");
    assertEquals(2, one.exit());
    assertTrue(one.err().contains("--contrast takes two different classes separated by a comma"), one.err());
    assertEquals("", one.out());

    CommandRun synthetic = CommandRun.of("report", CommandRun.fixture("dynamic/sort/sort.py"), "--contrast", "0,1");
    assertEquals(2, synthetic.exit());
    assertTrue(synthetic.err().contains("--contrast is for NLP programs"), synthetic.err());
  }

  @Test
  void aPooledSentenceShowsEachTokensContributionToEachClass() throws Exception {
    CommandRun r = CommandRun.of("trace", QUESTIONS, "--input", "<s> how many people </s>", "--expect", "NUM <pad> <pad> <pad> <pad>");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("each token's contribution to each class score"), r.out());
    assertTrue(r.out().contains("\nhow        -0.100   +1.100\n"), r.out());
    assertTrue(r.out().contains("\ntotal      +0.300   +2.300\npooled prediction: NUM\n"), r.out());

    CommandRun json = CommandRun.of("trace", QUESTIONS, "--input", "<s> how many people </s>", "--json");
    assertEquals(0, json.exit(), json.err());
    JsonNode c = new ObjectMapper().readTree(json.out()).get("contributions");
    assertEquals(0.3, c.at("/totals/0").asDouble(), 1e-9);
    assertEquals(2.3, c.at("/totals/1").asDouble(), 1e-9);
    assertEquals(1.4, c.at("/perToken/2/1").asDouble(), 1e-9);
    assertEquals("NUM", c.get("predicted").asText());
    assertEquals("NUM", new ObjectMapper().readTree(json.out()).at("/trace/predictions/0").asText());
  }

  @Test
  void aWrongTagIsTracedToTheFeaturesThatPushedItAndWhereTheyCameFrom() throws Exception {
    CommandRun r = CommandRun.of("trace", TAGGER, "--input", "<s> ann met </s>", "--expect", "<pad> B-PER B-PER <pad>");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("wrong tag at position 2 (\"met\"): O instead of B-PER, pushed by:\n"
        + "  var0_embeddings = 0          +2.0000  the word \"met\" here\n"
        + "  ones = 1                     +0.2500  the constant 1\n"), r.out());

    CommandRun json = CommandRun.of("trace", TAGGER, "--input", "<s> ann met </s>", "--expect", "<pad> B-PER B-PER <pad>", "--json");
    assertEquals(0, json.exit(), json.err());
    JsonNode tags = new ObjectMapper().readTree(json.out()).get("wrong_tags");
    assertEquals(1, tags.size());
    assertEquals("met", tags.at("/0/word").asText());
    assertEquals("the word \"met\" here", tags.at("/0/pushes/0/source").asText());
  }
}
