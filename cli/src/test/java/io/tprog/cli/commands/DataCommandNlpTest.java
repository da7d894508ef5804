package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.JsonlDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandNlpTest {

  @TempDir Path dir;

  @Test
  void conllFromADataFolderPrintsEachSplitsSize() throws IOException {
    Path conll = conllFolder("EU B-ORG\nrejects O\n\nIn O\n1996 O\n", "Peter B-PER\nBlackburn I-PER\n");
    CommandRun r = CommandRun.of("data", "--task", "conll", "--data-dir", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("conll: vocabulary 8 (the 10000 most frequent training words, <pad> and <unk>), "
        + "6 labels (<pad> counted), sentences of 1 to 30 words kept, digit runs replaced by @"), r.out());
    assertTrue(r.out().contains("train: 2 (of 2 read from " + conll.resolve("train.txt") + ")\nvalidation: 1 (of 1"),
        r.out());
    Path out = dir.resolve("conll.jsonl");
    assertEquals(0, CommandRun.of("data", "--task", "conll", "--data-dir", dir.toString(), "--out",
        out.toString()).exit());
    assertEquals(List.of("<s>", "In", "1996", "</s>"), JsonlDataset.read(out).split(Dataset.TRAIN).get(1).tokens());
  }

  @Test
  void yourOwnFilesWithATagColumnAndAnEncoding() throws IOException {
    Path train = dir.resolve("mine.train");
    Files.write(train, "Z\u00fcrich B-LOC NNP\nis O VBZ\n\nBob B-PER NNP\n".getBytes("ISO-8859-1"));
    CommandRun r = CommandRun.of("data", "--format", "conll", "--train", train.toString(), "--validation",
        train.toString(), "--test", train.toString(), "--tag-column", "2", "--encoding", "ISO-8859-1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("test: 2 (of 2"), r.out());
    CommandRun utf8 = CommandRun.of("data", "--format", "conll", "--train", train.toString(), "--test",
        train.toString(), "--tag-column", "2");
    assertEquals("tprog: " + train + ", line 1: expected UTF-8 text, but the line has bytes that are not UTF-8.\n",
        utf8.err());
    assertFalse(utf8.exit() == 0);
  }

  @Test
  void badInputIsOneSentenceWithFileAndLineAndWritesNothing() throws IOException {
    Path conll = conllFolder("EU B-ORG\nrejects E-ORG\n", "Peter B-PER\n");
    Path out = dir.resolve("out.jsonl");
    CommandRun r = CommandRun.of("data", "--task", "conll", "--data-dir", dir.toString(), "--out", out.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("tprog: " + conll.resolve("train.txt") + ", line 2, column 9: expected an IOB tag"),
        r.err());
    assertFalse(r.exit() == 0);
    assertFalse(Files.exists(out));
    CommandRun noDir = CommandRun.of("data", "--task", "trec");
    assertEquals("tprog: Task trec reads real data: give its folder with --data-dir (such as ../shared/data).\n",
        noDir.err());
    CommandRun neither = CommandRun.of("data", "--out", out.toString());
    assertEquals("tprog: Give one of --task, --conll, --text or --format.\n", neither.err());
  }

  @Test
  void theRealTrecFilesPrintThePapersSplits() {
    Path shared = Path.of("../../shared/data");
    assumeTrue(Files.isDirectory(shared), "The real NLP data is not at ../shared/data, so this test is skipped.");
    CommandRun r = CommandRun.of("data", "--task", "trec", "--data-dir", shared.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("train: 4906 (of 4906") && r.out().contains("test: 500 (of 500"), r.out());
  }

  /** {@code conll2003/} in the test folder with these training and validation files and a one-word test file. */
  private Path conllFolder(String train, String validation) throws IOException {
    Path conll = Files.createDirectories(dir.resolve("conll2003"));
    Files.writeString(conll.resolve("train.txt"), train);
    Files.writeString(conll.resolve("valid.txt"), validation);
    Files.writeString(conll.resolve("test.txt"), "Paris B-LOC\n");
    return conll;
  }
}
