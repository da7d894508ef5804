package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpTaskTest {

  /** The shared data folder, from the learner module's working directory. */
  static final Path SHARED_DATA = Path.of("../../shared/data");

  @TempDir Path dir;

  @Test
  void conllReadsTheThreeFilesFromTheTaskFolderAndFiltersByLength() throws IOException {
    Path conll = Files.createDirectories(dir.resolve("conll2003"));
    write(conll.resolve("train.txt"), "-DOCSTART- -X- -X- O", "", "EU NNP B-NP B-ORG", "rejects VBZ B-VP O", "",
        "In IN B-PP O", "1996 CD B-NP O", "");
    write(conll.resolve("valid.txt"), "Peter NNP B-NP B-PER", "Blackburn NNP I-NP I-PER");
    write(conll.resolve("test.txt"), "Paris NNP B-NP B-LOC");
    NlpDataset d = NlpTask.CONLL.read(dir, 0, new NlpPreparation(true, 1, 32, 10));
    assertEquals(Map.of("train", 2, "validation", 1, "test", 1), Map.copyOf(d.dataset().splitSizes()));
    assertEquals(List.of("<s>", "In", "1996", "</s>"), d.dataset().split("train").get(1).tokens());
    assertTrue(d.dataset().vocabulary().contains("@"), "digits are replaced before the vocabulary is counted");
    assertEquals(List.of("<pad>", "B-LOC", "B-ORG", "B-PER", "I-PER", "O"), d.dataset().classes());
    // The task folder itself works too; a length filter that empties a split names the file.
    NlpDataset same = NlpTask.CONLL.read(conll, 0, new NlpPreparation(true, 1, 32, 10));
    assertEquals(d.dataset().examples(), same.dataset().examples());
    DataFormatException e = assertThrows(
        DataFormatException.class, () -> NlpTask.CONLL.read(dir, 0, new NlpPreparation(true, 2, 32, 10)));
    assertEquals(conll.resolve("test.txt") + ": the test split has no sentence of 2 to 30 words, so it would be empty",
        e.getMessage());
  }

  @Test
  void anUnknownTagSchemeIsOneSentenceWithFileAndLine() throws IOException {
    Path conll = Files.createDirectories(dir.resolve("conll2003"));
    write(conll.resolve("train.txt"), "EU B-ORG", "rejects O", "", "Peter S-PER");
    DataFormatException e = assertThrows(DataFormatException.class, () -> NlpTask.CONLL.read(dir, 0));
    assertTrue(e.getMessage().startsWith(conll.resolve("train.txt") + ", line 4, column 7: expected an IOB tag"),
        e.getMessage());
  }

  @Test
  void trecTakesTheCoarseLabelReadsLatin1AndHoldsOutATenthForValidation() throws IOException {
    Path trec = Files.createDirectories(dir.resolve("trec"));
    List<String> train = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      train.add((i % 2 == 0 ? "NUM:date" : "HUM:ind") + " When was caf\u00e9 " + i + " ?");
    }
    Files.write(trec.resolve("TREC.train"), train, StandardCharsets.ISO_8859_1);
    Files.write(trec.resolve("TREC.test"), List.of("LOC:city Where is Paris ?"), StandardCharsets.ISO_8859_1);
    NlpDataset d = NlpTask.TREC.read(dir, 0);
    assertEquals(List.of(18, 2, 1), List.copyOf(d.dataset().splitSizes().values()));
    Example test = d.dataset().split("test").get(0);
    assertEquals(List.of("<s>", "Where", "is", "Paris", "?", "</s>"), test.tokens());
    assertEquals(List.of("LOC", "<pad>", "<pad>", "<pad>", "<pad>", "<pad>"), test.labels());
    assertTrue(d.dataset().vocabulary().contains("caf\u00e9"));
    assertTrue(d.dataset().pooled());
    assertEquals(d.dataset().examples(), NlpTask.TREC.read(dir, 0).dataset().examples(), "the split is seeded");
    write(trec.resolve("TREC.test"), "LOC:city Where is Paris ?", "Where is Rome ?");
    DataFormatException e = assertThrows(DataFormatException.class, () -> NlpTask.TREC.read(dir, 0));
    assertEquals(trec.resolve("TREC.test") + ", line 2: expected 'LABEL:detail words', but found 'Where is Rome ?'",
        e.getMessage());
  }

  @Test
  void mrSplitsEachFileInOrderAndSubjBySeed() throws IOException {
    Path mr = Files.createDirectories(dir.resolve("mr"));
    write(mr.resolve("rt-polarity.pos"), numbered("good", 20));
    write(mr.resolve("rt-polarity.neg"), numbered("bad", 20));
    NlpDataset d = NlpTask.MR.read(dir, 0);
    assertEquals(List.of(32, 4, 4), List.copyOf(d.dataset().splitSizes().values()));
    List<Example> test = d.dataset().split("test");
    assertEquals(List.of("<s>", "good", "18", "</s>"), test.get(0).tokens());
    assertEquals("pos", test.get(0).labels().get(0));
    assertEquals("neg", test.get(3).labels().get(0));
    assertEquals(List.of("<pad>", "neg", "pos"), d.dataset().classes());

    Path subj = Files.createDirectories(dir.resolve("subj"));
    write(subj.resolve("subj.subjective"), numbered("I feel", 25));
    write(subj.resolve("subj.objective"), numbered("it is", 25));
    NlpDataset s = NlpTask.SUBJ.read(dir, 3);
    assertEquals(List.of(36, 4, 10), List.copyOf(s.dataset().splitSizes().values()));
    assertEquals(List.of("<pad>", "objective", "subjective"), s.dataset().classes());
    assertEquals(s.dataset().examples(), NlpTask.SUBJ.read(dir, 3).dataset().examples());
  }

  @Test
  void aBlankLineInASentenceFileIsAnError() throws IOException {
    Path mr = Files.createDirectories(dir.resolve("mr"));
    write(mr.resolve("rt-polarity.pos"), "fine", "", "also fine");
    write(mr.resolve("rt-polarity.neg"), "bad");
    DataFormatException e = assertThrows(DataFormatException.class, () -> NlpTask.MR.read(dir, 0));
    assertEquals(mr.resolve("rt-polarity.pos") + ", line 2: expected a sentence, but the line is blank", e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> NlpTask.SST2.read(dir, 0));
    assertEquals(dir.resolve("stsa.binary.train") + ": expected this file of the data set, but it does not exist",
        e.getMessage());
  }

  @Test
  void userFilesInEitherFormatWithAChosenTagColumnAndEncoding() throws IOException {
    Path train = dir.resolve("mine.train");
    Files.write(train, List.of("Z\u00fcrich NNP B-LOC x", "is VBZ O x", "", "Bob NNP B-PER x"),
        StandardCharsets.ISO_8859_1);
    Path test = write(dir.resolve("mine.test"), "Bob NNP B-PER x");
    NlpDataset d = NlpFiles.read(NlpFiles.Format.CONLL, train, train, test, 3, StandardCharsets.ISO_8859_1,
        new NlpPreparation(false, 1, 32, 100), 0);
    assertEquals(List.of("<pad>", "B-LOC", "O", "<pad>"), d.dataset().split("train").get(0).labels());
    assertEquals("Z\u00fcrich", d.dataset().split("train").get(0).tokens().get(1));
    DataFormatException utf8 = assertThrows(DataFormatException.class, () -> NlpFiles.read(NlpFiles.Format.CONLL,
        train, null, test, 3, StandardCharsets.UTF_8, new NlpPreparation(false, 1, 32, 100), 0));
    assertEquals(train + ", line 1: expected UTF-8 text, but the line has bytes that are not UTF-8", utf8.getMessage());

    Path text = write(dir.resolve("q.tsv"), "A\tone two", "B\tthree", "A\tfour five six");
    NlpDataset t = NlpFiles.read(NlpFiles.Format.TEXT, text, text, text, 0, StandardCharsets.UTF_8,
        new NlpPreparation(false, 1, 64, 100), 0);
    assertEquals(List.of("<s>", "three", "</s>"), t.dataset().split("test").get(1).tokens());
    assertEquals(List.of("B", "<pad>", "<pad>"), t.dataset().split("test").get(1).labels());
  }

  @Test
  void theRealFilesGiveThePapersSplits() throws IOException {
    assumeTrue(Files.isDirectory(SHARED_DATA), "The real NLP data is not at ../shared/data, so this test is skipped.");
    NlpDataset conll = NlpTask.CONLL.read(SHARED_DATA, 0);
    assertEquals(List.of(14_041, 3_250, 3_453), readCounts(conll));
    assertEquals(10_002, conll.dataset().vocabulary().size());
    assertEquals(List.of("<pad>", "B-LOC", "B-MISC", "B-ORG", "B-PER", "I-LOC", "I-MISC", "I-ORG", "I-PER", "O"),
        conll.dataset().classes());
    // 10% of 5,452 rounded up, as scikit-learn's split rounds the held-out part.
    assertEquals(List.of(4_906, 546, 500), readCounts(NlpTask.TREC.read(SHARED_DATA, 0)));
    assertEquals(List.of("<pad>", "ABBR", "DESC", "ENTY", "HUM", "LOC", "NUM"),
        NlpTask.TREC.read(SHARED_DATA, 0).dataset().classes());
    assertEquals(List.of(8_530, 1_066, 1_066), readCounts(NlpTask.MR.read(SHARED_DATA, 0)));
    assertEquals(List.of(7_200, 800, 2_000), readCounts(NlpTask.SUBJ.read(SHARED_DATA, 0)));
    assertEquals(List.of(6_920, 872, 1_821), readCounts(NlpTask.SST2.read(SHARED_DATA, 0)));
  }

  private static List<Integer> readCounts(NlpDataset d) {
    return Dataset.SPLITS.stream().map(s -> d.description().splits().get(s).read()).toList();
  }

  private static String[] numbered(String prefix, int count) {
    String[] lines = new String[count];
    for (int i = 0; i < count; i++) {
      lines[i] = prefix + " " + i;
    }
    return lines;
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }
}
