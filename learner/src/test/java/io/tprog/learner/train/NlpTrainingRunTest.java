package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.format.ComponentNames;
import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.NlpPreparation;
import io.tprog.learner.embeddings.EmbeddingInit;
import io.tprog.learner.embeddings.WordVectors;
import io.tprog.learner.program.ProgramRunner;
import io.tprog.learner.program.PythonEmitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny NLP tasks trained end to end in seconds: a tagging task with entities and a pooled classification, both with
 * factored word embeddings initialised from a small vector file, digits, a non-ASCII word and words outside the
 * vocabulary. The argmax model, the Java evaluator, Jython and CPython agree on every test position.
 */
@Tag("slow")
class NlpTrainingRunTest {

  private static final List<String> FILLER = List.of("the", "a", "met", "saw", "in", "and", "caf\u00e9", "today");
  private static final List<String> FIRST = List.of("John", "Mary", "Anna");
  private static final List<String> LAST = List.of("Smith", "Jones");
  private static final List<String> PLACES = List.of("Paris", "Rome", "Oslo", "Zagreb");

  @TempDir Path dir;

  /** Sentences of filler words, a year, people (B-PER, and I-PER for a surname) and places (B-LOC). */
  private static List<Example> tagged(Random r, int count) {
    List<Example> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<String> tokens = new ArrayList<>(List.of("<s>"));
      List<String> labels = new ArrayList<>(List.of("<pad>"));
      int words = 2 + r.nextInt(6);
      while (tokens.size() - 1 < words) {
        switch (r.nextInt(4)) {
          case 0 -> {
            tokens.add(FIRST.get(r.nextInt(FIRST.size())));
            labels.add("B-PER");
            if (r.nextBoolean()) {
              tokens.add(LAST.get(r.nextInt(LAST.size())));
              labels.add("I-PER");
            }
          }
          case 1 -> {
            tokens.add(PLACES.get(r.nextInt(PLACES.size())));
            labels.add("B-LOC");
          }
          case 2 -> {
            tokens.add(Integer.toString(1900 + r.nextInt(120)));
            labels.add("O");
          }
          default -> {
            tokens.add(FILLER.get(r.nextInt(FILLER.size())));
            labels.add("O");
          }
        }
      }
      tokens.add("</s>");
      labels.add("<pad>");
      out.add(new Example(Dataset.TRAIN, tokens, labels));
    }
    return out;
  }

  /** Sentences of filler words; positive when they contain "good" or "great". */
  private static List<Example> classified(Random r, int count) {
    List<String> words = new ArrayList<>(FILLER);
    words.addAll(PLACES);
    List<Example> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<String> tokens = new ArrayList<>(List.of("<s>"));
      int length = 2 + r.nextInt(6);
      boolean positive = r.nextBoolean();
      for (int i = 0; i < length; i++) {
        tokens.add(words.get(r.nextInt(words.size())));
      }
      if (positive) {
        tokens.set(1 + r.nextInt(length), r.nextBoolean() ? "good" : "great");
      }
      tokens.add("</s>");
      List<String> labels = new ArrayList<>(Collections.nCopies(tokens.size(), "<pad>"));
      labels.set(0, positive ? "pos" : "neg");
      out.add(new Example(Dataset.TRAIN, tokens, labels));
    }
    return out;
  }

  private NlpDataset dataset(String name, boolean pooled, List<Example> all, NlpPreparation preparation)
      throws Exception {
    Path file = dir.resolve(name + ".txt");
    return NlpDataset.prepare(name, pooled, List.of(
        new NlpDataset.Split(Dataset.TRAIN, file, all.subList(0, all.size() - 200)),
        new NlpDataset.Split(Dataset.VALIDATION, file, all.subList(all.size() - 200, all.size() - 100)),
        new NlpDataset.Split(Dataset.TEST, file, all.subList(all.size() - 100, all.size()))), preparation);
  }

  private JsonNode train(NlpDataset nlp, int epochs, Path out) throws Exception {
    Path vectors = dir.resolve("vectors.txt");
    Files.writeString(vectors, "john 1 0 0 0\nmary 0.9 0.1 0 0\nparis 0 1 0 0\nrome 0 0.9 0.1 0\ngood 0 0 1 0\n");
    TrainingRun.Data data = TrainingRun.Data.of(nlp);
    float[] init = EmbeddingInit.project(data.vocabulary(), WordVectors.read(vectors, data.vocabulary()), 2, 16, 0);
    new TrainingRun(data, new TrainingRun.Shape(1, 2, 0, 1, 0, 16), new TrainingConfig(epochs, 32, 0.05, 3.0, 0.01, 0))
        .wordEmbeddings(2, init, nlp.preparation().replaceDigits())
        .showProgress(false)
        .run(out, false);
    return new ObjectMapper().readTree(out.resolve(RunFiles.METRICS).toFile());
  }

  private static void assertFullAgreement(JsonNode metrics) {
    JsonNode test = metrics.at("/agreement/test");
    long compared = test.get("model_vs_java_positions_compared").asLong();
    assertTrue(compared > 0);
    assertEquals(compared, test.get("model_vs_java_positions_agreed").asLong());
    assertEquals(compared, test.get("model_vs_jython_positions_agreed").asLong(), test.toString());
    if (ProgramRunner.cpythonAvailable()) {
      assertEquals(compared, test.get("model_vs_cpython_positions_agreed").asLong(), test.toString());
    }
  }

  @Test
  void aTaggerWithFactoredEmbeddingsBecomesAnExactSelfContainedProgram() throws Exception {
    Random r = new Random(1);
    // A vocabulary of 16 words leaves some names, places and filler words <unk>; years become "@".
    NlpDataset nlp = dataset("tiny_ner", false, tagged(r, 800), new NlpPreparation(true, 1, 12, 16));
    Path out = dir.resolve("ner");
    JsonNode metrics = train(nlp, 12, out);
    assertFullAgreement(metrics);
    JsonNode entities = metrics.at("/accuracy/test/program_entities");
    assertTrue(entities.get("gold").asLong() > 50, entities.toString());
    assertTrue(entities.get("f1").asDouble() > 0.5, entities.toString());
    // The program gives the model's label at every position it predicts, so the two score the same entities.
    assertEquals(entities, metrics.at("/accuracy/test/model_entities"));
    assertEquals(2, metrics.at("/configuration/word_variables").asInt());
    List<String> table = Files.readAllLines(out.resolve(ComponentNames.embeddingsFile("tiny_ner")));
    assertEquals("word,emb_0,emb_1", table.get(0));
    assertEquals(nlp.dataset().vocabulary().size() + 1, table.size());
    assertTrue(table.stream().anyMatch(l -> l.startsWith("@,")), "years are one word, @");
    String program = Files.readString(out.resolve("tiny_ner.py"));
    assertTrue(program.contains("var1_embeddings = [EMBEDDINGS[word][1] for word in words]"), program);
    // Every variable of run() is assigned once, as the program format asks.
    assertEquals(1, program.lines().filter(l -> l.startsWith("    words = ")).count(), program);
  }

  @Test
  void aPooledClassifierWithFactoredEmbeddingsBecomesAnExactProgram() throws Exception {
    Random r = new Random(2);
    NlpDataset nlp = dataset("tiny_cls", true, classified(r, 800), new NlpPreparation(false, 1, 12, 100));
    assertTrue(nlp.dataset().vocabulary().contains("caf\u00e9"));
    Path out = dir.resolve("cls");
    JsonNode metrics = train(nlp, 12, out);
    assertFullAgreement(metrics);
    double accuracy = metrics.at("/accuracy/test/program_token_accuracy").asDouble();
    assertTrue(accuracy > 0.8, "test accuracy " + accuracy);
    List<String> table = Files.readAllLines(out.resolve(ComponentNames.embeddingsFile("tiny_cls")));
    assertTrue(table.stream().anyMatch(l -> l.startsWith("caf\\u00e9,")), "a non-ASCII word is written escaped");
  }

  @Test
  void aTenThousandWordVocabularyCheckpointsAndResumes() throws Exception {
    List<Example> all = new ArrayList<>();
    for (int s = 0; s < 2_700; s++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        words.add("w" + ((s * 4 + w) % 10_000));
      }
      all.add(new Example(Dataset.TRAIN, concat("<s>", words, "</s>"), concat("<pad>", Collections.nCopies(4, "O"),
          "<pad>")));
    }
    NlpDataset nlp = dataset("big", false, all, new NlpPreparation(false, 1, 8, NlpPreparation.PAPER_VOCABULARY));
    assertEquals(10_002, nlp.dataset().vocabulary().size());
    TrainingRun.Data data = TrainingRun.Data.of(nlp);
    Path out = dir.resolve("big");
    // The second run resumes the first's finished checkpoint, which its configuration must match.
    for (boolean resume : new boolean[] {false, true}) {
      new TrainingRun(data, new TrainingRun.Shape(1, 1, 0, 0, 0, 8), new TrainingConfig(1, 256, 0.05, 3.0, 0.01, 0))
          .wordEmbeddings(1, null, false)
          .classifierEpochs(0)
          .showProgress(false)
          .run(out, resume);
    }
    JsonNode metrics = new ObjectMapper().readTree(out.resolve(RunFiles.METRICS).toFile());
    assertEquals(1, metrics.get("epochs_completed").asInt());
  }

  @Test
  void theStandardBaselineTrainsOnTheSamePreparedWords() throws Exception {
    NlpDataset nlp = dataset("tiny_std", false, tagged(new Random(3), 800), new NlpPreparation(true, 1, 12, 16));
    Path out = dir.resolve("std");
    new TrainingRun(TrainingRun.Data.of(nlp), new TrainingRun.Shape(1, 2, 0, 1, 0, 16),
        new TrainingConfig(8, 32, 0.01, 3.0, 0.01, 0))
        .wordEmbeddings(2, null, true)
        .standard(true)
        .showProgress(false)
        .run(out, false);
    JsonNode metrics = new ObjectMapper().readTree(out.resolve(RunFiles.METRICS).toFile());
    assertEquals("standard-transformer", metrics.get("model").asText());
    double accuracy = metrics.at("/accuracy/test/model_token_accuracy").asDouble();
    // Words outside the 16-word vocabulary are <unk>, so a name and a place can look alike; chance is about 40%.
    assertTrue(accuracy > 0.8, "test accuracy " + accuracy);
    // A tagger's baseline is scored on entities too, as its program twin is (the paper's Table 2 compares F1).
    JsonNode entities = metrics.at("/accuracy/test/model_entities");
    assertTrue(entities.get("gold").asLong() > 50, metrics.at("/accuracy/test").toString());
    assertTrue(entities.get("f1").asDouble() > 0.5, entities.toString());
  }

  private static List<String> concat(String first, List<String> middle, String last) {
    List<String> out = new ArrayList<>(List.of(first));
    out.addAll(middle);
    out.add(last);
    return out;
  }
}
