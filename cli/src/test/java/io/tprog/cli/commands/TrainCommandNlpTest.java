package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandNlpTest {

  @TempDir Path dir;

  @Tag("slow")
  @Test
  void yourOwnConllFilesTrainToAProgramWithItsEmbeddingTableAndReport() throws Exception {
    Path train = ConllFiles.write(dir, "train.txt", 300, 1);
    Path test = ConllFiles.write(dir, "test.txt", 60, 2);
    Path vectors = Files.writeString(dir.resolve("v.txt"), "john 1 0\nparis 0 1\n");
    Path out = dir.resolve("out");
    CommandRun r = CommandRun.of("train", "--format", "conll", "--train", train.toString(), "--test", test.toString(),
        "--embeddings", vectors.toString(), "--layers", "1", "--cat-heads", "1", "--cat-mlps", "1", "--var-size", "32",
        "--word-variables", "2", "--epochs", "4", "--classifier-epochs", "1", "--no-progress", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Word embeddings start from " + vectors + ": 2 of 15 words have a vector."), r.out());
    assertTrue(r.out().contains("Test entities (strict IOB2): precision "), r.out());
    for (String file : List.of("train.py", "train_weights.csv", "train_embeddings.csv", "metrics.json")) {
      assertTrue(Files.exists(out.resolve(file)), file);
    }
    assertTrue(Files.exists(out.resolve("report").resolve("report.html")), "circuit report");
    // NLP tasks train with the paper's log attention scores unless told otherwise
    assertTrue(Files.readString(out.resolve("metrics.json")).contains("\"attention_scores\" : \"log\""),
        Files.readString(out.resolve("metrics.json")));
  }

  @Test
  void aMalformedEmbeddingsFileIsOneSentenceAndWritesNothing() throws Exception {
    Path train = ConllFiles.write(dir, "train.txt", 20, 1);
    Path vectors = Files.writeString(dir.resolve("v.txt"), "john 1 0\nparis 0 1 2\n");
    Path out = dir.resolve("out");
    CommandRun r = CommandRun.of("train", "--format", "conll", "--train", train.toString(), "--test", train.toString(),
        "--embeddings", vectors.toString(), "--out", out.toString());
    assertEquals("tprog: " + vectors + ", line 2: expected 2 values like the first line, but found 3.\n", r.err());
    assertFalse(r.exit() == 0);
    assertFalse(Files.exists(out));
  }

  @Test
  void nlpOptionsAreRefusedForSyntheticTasksAndDataIsNeeded() {
    CommandRun r = CommandRun.of("train", "--task", "hist", "--embeddings", "v.txt", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertEquals("tprog: --embeddings, --word-variables and --data-dir are for NLP tasks, not hist.\n", r.err());
    CommandRun dropout = CommandRun.of("train", "--task", "hist", "--dropout", "0.5", "--out", dir.toString());
    assertEquals("tprog: --dropout applies to the --standard baseline; the paper's code gives Transformer Programs no"
        + " dropout.\n", dropout.err());
    CommandRun noDir = CommandRun.of("train", "--task", "conll", "--out", dir.toString());
    assertEquals(2, noDir.exit());
    assertTrue(noDir.err().contains("--data-dir"), noDir.err());
  }
}
