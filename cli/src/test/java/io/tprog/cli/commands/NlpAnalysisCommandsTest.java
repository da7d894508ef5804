package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands on an NLP program (docs/program-format-nlp.md): a tiny tagging model trained on CoNLL-column
 * files the test writes, then eval, trace, heads, ablate and prune on it, all of which run the program in the sandbox,
 * where its load_embeddings reads the table beside it.
 */
@Tag("slow")
class NlpAnalysisCommandsTest {
  @TempDir static Path dir;
  static Path program;
  static Path data;

  @BeforeAll
  static void trainATinyTagger() throws Exception {
    Path train = ConllFiles.write(dir, "train.txt", 300, 1);
    Path test = ConllFiles.write(dir, "test.txt", 60, 2);
    Path vectors = Files.writeString(dir.resolve("v.txt"), "john 1 0\nparis 0 1\n");
    Path out = dir.resolve("ner");
    CommandRun r = CommandRun.of("train", "--format", "conll", "--train", train.toString(), "--test", test.toString(),
        "--embeddings", vectors.toString(), "--layers", "1", "--cat-heads", "2", "--cat-mlps", "1", "--var-size", "32",
        "--word-variables", "2", "--epochs", "4", "--classifier-epochs", "1", "--no-progress", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    program = out.resolve("train.py");
    data = dir.resolve("ner.jsonl");
    CommandRun d = CommandRun.of("data", "--format", "conll", "--train", train.toString(), "--test", test.toString(),
        "--out", data.toString());
    assertEquals(0, d.exit(), d.err());
  }

  private static String accuracy(CommandRun eval) {
    Matcher m = Pattern.compile("position accuracy: (\\S+ \\(\\d+/\\d+\\))").matcher(eval.out());
    assertTrue(m.find(), eval.out());
    return m.group(1);
  }

  @Test
  void evalRunsTheProgramWithItsEmbeddingsTable() {
    CommandRun eval = CommandRun.of("eval", program.toString(), "--data", data.toString(), "--no-progress");
    assertEquals(0, eval.exit(), eval.err());
    // The data has 360 sentences; every position is scored, <s> and </s> included.
    assertTrue(eval.out().contains("(360 examples)"), eval.out());
    accuracy(eval);
  }

  @Test
  void traceShowsTheWordVariablesAndTheProvenanceEndsAtTheWords() {
    CommandRun trace = CommandRun.of("trace", program.toString(), "--input", "<s> John met Rome </s>",
        "--expect", "<s> B-PER O B-PER </s>");
    assertEquals(0, trace.exit(), trace.err());
    assertTrue(trace.out().lines().anyMatch(l -> l.startsWith("var0_embeddings ")), trace.out());
    assertTrue(trace.out().lines().anyMatch(l -> l.startsWith("var1_embeddings ")), trace.out());
    assertTrue(trace.out().contains("var0_embeddings[3] = ") && trace.out().contains(" (the word Rome)"), trace.out());
  }

  @Test
  void headsAblateAndPruneWork() throws Exception {
    CommandRun heads = CommandRun.of("heads", program.toString(), "--output", "B-PER", "--data", data.toString(), "--no-progress");
    assertEquals(0, heads.exit(), heads.err());
    assertTrue(heads.out().contains("positions predicted B-PER"), heads.out());

    CommandRun ablate = CommandRun.of("ablate", program.toString(), "--data", data.toString(), "--no-progress");
    assertEquals(0, ablate.exit(), ablate.err());
    for (String component : List.of("attn_0_0", "attn_0_1", "mlp_0_0")) {
      assertTrue(ablate.out().lines().anyMatch(l -> l.startsWith(component + " ")), ablate.out());
    }

    Path pruned = dir.resolve("pruned");
    CommandRun prune = CommandRun.of("prune", program.toString(), "--data", data.toString(), "--out", pruned.toString(), "--no-progress");
    assertEquals(0, prune.exit(), prune.err());
    assertTrue(prune.out().contains("predicts identically on 360 examples"), prune.out());
    // The pruned folder holds the program's tables too, so it runs on its own with the original's accuracy.
    assertEquals(Files.readString(program.resolveSibling("train_embeddings.csv")), Files.readString(pruned.resolve("train_embeddings.csv")));
    CommandRun before = CommandRun.of("eval", program.toString(), "--data", data.toString(), "--no-progress");
    CommandRun after = CommandRun.of("eval", pruned.resolve("train.py").toString(), "--data", data.toString(), "--no-progress");
    assertEquals(0, after.exit(), after.err());
    assertEquals(accuracy(before), accuracy(after));
  }
}
