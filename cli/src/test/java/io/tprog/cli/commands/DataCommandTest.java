package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.JsonlDataset;
import io.tprog.learner.data.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

  @TempDir Path dir;

  @Test
  void sortWithDefaultsWritesTheSplitsAndPrintsTheirCounts() throws IOException {
    Path file = dir.resolve("sort.jsonl");
    CommandRun r = CommandRun.of("data", "--task", "sort", "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    Dataset d = JsonlDataset.read(file);
    int train = d.split("train").size();
    int validation = d.split("validation").size();
    int test = d.split("test").size();
    assertTrue(r.out().contains("task sort: vocabulary size 8, maximum length 8, seed 0"), r.out());
    assertTrue(r.out().contains("\ntrain: " + train + "\nvalidation: " + validation + "\ntest: " + test + "\n"), r.out());
    assertTrue(r.out().contains("asked for 20000"), "sort has fewer than 20000 distinct inputs: " + r.out());
    assertTrue(train > 10_000 && validation > 1_000 && test > 1_000, r.out());
    for (Example e : d.examples()) {
      assertEquals(Task.SORT.labels(e.tokens()), e.labels());
    }
  }

  @Test
  void optionsReachTheGeneratorAndTheSameOptionsWriteTheSameBytes() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("nested/b.jsonl");
    String[] options = {"--task", "hist", "--size", "200", "--seed", "4", "--vocab-size", "5", "--max-length", "6"};
    assertEquals(0, CommandRun.of(concat(options, "--out", a.toString())).exit());
    assertEquals(0, CommandRun.of(concat(options, "--out", b.toString())).exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    Dataset d = JsonlDataset.read(a);
    assertEquals(200, d.examples().size());
    assertEquals(6, d.maxLength());
    assertEquals(List.of("<pad>", "<s>", "0", "1", "2"), d.vocabulary());
    Path c = dir.resolve("c.jsonl");
    options[5] = "5";
    assertEquals(0, CommandRun.of(concat(options, "--out", c.toString())).exit());
    assertFalse(Files.readString(a).equals(Files.readString(c)));
  }

  @Test
  void balancedLengthsTakesEveryShortInputAndPrintsTheCountPerLength() throws IOException {
    Path file = dir.resolve("reverse.jsonl");
    CommandRun r = CommandRun.of("data", "--task", "reverse", "--balanced-lengths", "--size", "3000", "--seed", "1", "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("per length (symbols): {1=5, 2=25, 3=125, 4=625, 5=1110, 6=1110}"), r.out());
    assertEquals(3000, JsonlDataset.read(file).examples().size());
    Path text = Files.writeString(dir.resolve("t.tsv"), "pos\tgood\n");
    CommandRun converted = CommandRun.of("data", "--text", text.toString(), "--balanced-lengths", "--out", "x.jsonl");
    assertEquals(2, converted.exit());
    assertEquals("tprog: --balanced-lengths applies only to --task, not to a converted file.", converted.err().strip());
  }

  @Test
  void anUnknownTaskListsTheTasks() {
    CommandRun r = CommandRun.of("data", "--task", "sorting", "--out", dir.resolve("x.jsonl").toString());
    assertEquals(2, r.exit());
    assertEquals(
        "tprog: Unknown task 'sorting'; the tasks are reverse, sort, hist, double_hist, most_freq, dyck1, dyck2, induction.",
        r.err().lines().findFirst().orElseThrow());
    assertFalse(Files.exists(dir.resolve("x.jsonl")));
  }

  @Test
  void optionsATaskCannotUseAreOneSentence() {
    CommandRun r = CommandRun.of("data", "--task", "dyck1", "--vocab-size", "8", "--out", dir.resolve("x.jsonl").toString());
    assertEquals(2, r.exit());
    String first = r.err().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("tprog: Task dyck1 has a fixed vocabulary of 4 tokens") && first.endsWith("."), first);
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void unknownOptionsAndMissingOptionsAreOneSentence() {
    CommandRun unknown = CommandRun.of("data", "--task", "sort", "--out", "x.jsonl", "--vocab", "8");
    assertEquals(2, unknown.exit());
    String first = unknown.err().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("tprog: ") && first.contains("--vocab") && first.endsWith("."), first);
    CommandRun missing = CommandRun.of("data", "--task", "sort");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("--out"), missing.err());
    CommandRun notANumber = CommandRun.of("data", "--task", "sort", "--size", "many", "--out", "x.jsonl");
    assertEquals(2, notANumber.exit());
    assertTrue(notANumber.err().contains("many"), notANumber.err());
  }

  @Test
  void aFolderAsOutIsRefused() {
    CommandRun r = CommandRun.of("data", "--task", "sort", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("tprog: --out " + dir + " is a folder"), r.err());
  }

  @Test
  void helpNamesTheTasksAndTheDefaults() {
    // picocli reports a description it cannot format (such as a bare %) on System.err, not on the command's writer.
    PrintStream originalErr = System.err;
    ByteArrayOutputStream picocliErr = new ByteArrayOutputStream();
    CommandRun r;
    try {
      System.setErr(new PrintStream(picocliErr, true, StandardCharsets.UTF_8));
      r = CommandRun.of("data", "--help");
    } finally {
      System.setErr(originalErr);
    }
    assertEquals("", picocliErr.toString(StandardCharsets.UTF_8));
    assertEquals(0, r.exit());
    for (Task t : Task.values()) {
      assertTrue(r.out().contains(t.id()), t.id() + " missing from:\n" + r.out());
    }
    assertTrue(r.out().contains("--size 20000"), r.out());
  }

  @Test
  void aConllFileIsConvertedAndSplitBySeed() throws IOException {
    StringBuilder conll = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
    for (int i = 0; i < 30; i++) {
      conll.append("Word").append(i).append(" NNP I-NP I-PER\nsays VBZ I-VP O\n\n");
    }
    Path in = Files.writeString(dir.resolve("eng.train"), conll.toString());
    Path file = dir.resolve("ner.jsonl");
    CommandRun r = CommandRun.of("data", "--conll", in.toString(), "--seed", "3", "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    Dataset d = JsonlDataset.read(file);
    assertEquals(30, d.examples().size());
    assertEquals(List.of(24, 3, 3), List.copyOf(d.splitSizes().values()));
    assertEquals(List.of("<pad>", "B-PER", "O"), d.classes());
    assertEquals(List.of("<pad>", "B-PER", "O", "<pad>"), d.examples().get(0).labels());
    assertTrue(r.out().contains("CoNLL file " + in + ": 30 examples"), r.out());
    assertTrue(r.out().contains("\ntrain: 24\nvalidation: 3\ntest: 3\n"), r.out());
  }

  @Test
  void threeConllFilesKeepTheirSplits() throws IOException {
    Path train = Files.writeString(dir.resolve("train.txt"), "a O\n\nb B-X\n");
    Path validation = Files.writeString(dir.resolve("valid.txt"), "c O\n");
    Path test = Files.writeString(dir.resolve("test.txt"), "d O\n");
    Path file = dir.resolve("ner.jsonl");
    CommandRun r = CommandRun.of("data", "--conll", train.toString(), validation.toString(), test.toString(), "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(2, 1, 1), List.copyOf(JsonlDataset.read(file).splitSizes().values()));
    CommandRun two = CommandRun.of("data", "--conll", train.toString(), test.toString(), "--out", file.toString());
    assertEquals(2, two.exit());
    assertEquals("tprog: --conll takes one file, or three (train, validation, test), not 2.", two.err().strip());
  }

  @Test
  void aClassificationFileBecomesPooledJsonl() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append(i % 2 == 0 ? "pos" : "neg").append("\tfilm number ").append(i).append('\n');
    }
    Path in = Files.writeString(dir.resolve("mr.tsv"), text.toString());
    Path file = dir.resolve("mr.jsonl");
    CommandRun r = CommandRun.of("data", "--text", in.toString(), "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    Dataset d = JsonlDataset.read(file);
    assertTrue(d.pooled());
    assertEquals(List.of("<pad>", "neg", "pos"), d.classes());
    assertEquals(20, d.examples().size());
  }

  @Test
  void missingAndMalformedInputFilesAreOneSentence() throws IOException {
    Path missing = dir.resolve("nope.tsv");
    CommandRun r = CommandRun.of("data", "--text", missing.toString(), "--out", dir.resolve("x.jsonl").toString());
    assertEquals(2, r.exit());
    assertEquals("tprog: no such file: " + missing + ".", r.err().strip());
    Path bad = Files.writeString(dir.resolve("bad.conll"), "EU NNP B-NP B-ORG\nrejects\n");
    CommandRun b = CommandRun.of("data", "--conll", bad.toString(), "--out", dir.resolve("x.jsonl").toString());
    assertEquals(2, b.exit());
    assertEquals(
        "tprog: " + bad + ", line 2: expected a word and an NER tag separated by spaces or tabs, but found one column.",
        b.err().strip());
    assertFalse(Files.exists(dir.resolve("x.jsonl")));
  }

  @Test
  void sourcesAreExclusiveAndGeneratorOptionsNeedATask() throws IOException {
    Path in = Files.writeString(dir.resolve("t.tsv"), "pos\tgood\n");
    CommandRun both = CommandRun.of("data", "--task", "sort", "--text", in.toString(), "--out", "x.jsonl");
    assertEquals(2, both.exit());
    assertTrue(both.err().startsWith("tprog: ") && both.err().contains("mutually exclusive"), both.err());
    CommandRun size = CommandRun.of("data", "--text", in.toString(), "--size", "10", "--out", "x.jsonl");
    assertEquals(2, size.exit());
    assertEquals("tprog: --size applies only to --task, not to a converted file.", size.err().strip());
  }

  private static String[] concat(String[] options, String... more) {
    String[] all = new String[options.length + more.length + 1];
    all[0] = "data";
    System.arraycopy(options, 0, all, 1, options.length);
    System.arraycopy(more, 0, all, options.length + 1, more.length);
    return all;
  }
}
