package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

  @TempDir Path dir;

  @Test
  void sentencesBecomeFramedExamplesAndDocstartIsSkipped() throws IOException {
    Path file = write("eng.train",
        "-DOCSTART- -X- -X- O",
        "",
        "EU NNP B-NP B-ORG",
        "rejects VBZ B-VP O",
        "German JJ B-NP B-MISC",
        "call NN I-NP O",
        "",
        "",
        "Peter NNP B-NP B-PER",
        "Blackburn NNP I-NP I-PER");
    List<Example> examples = ConllReader.read(file, "train");
    assertEquals(2, examples.size());
    assertEquals(
        new Example("train",
            List.of("<s>", "EU", "rejects", "German", "call", "</s>"),
            List.of("<pad>", "B-ORG", "O", "B-MISC", "O", "<pad>")),
        examples.get(0));
    assertEquals(List.of("<pad>", "B-PER", "I-PER", "<pad>"), examples.get(1).labels());
  }

  @Test
  void twoColumnFilesWithTabsWork() throws IOException {
    Path file = write("ner.tsv", "Paris\tB-LOC", "is\tO", "nice\tO");
    assertEquals(List.of("<s>", "Paris", "is", "nice", "</s>"), ConllReader.read(file, "test").get(0).tokens());
  }

  @Test
  void iob1SpansAreRewrittenAsIob2() {
    assertEquals(
        List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "B-ORG", "B-MISC"),
        ConllReader.toIob2(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-ORG", "I-MISC")));
    List<String> iob2 = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC");
    assertEquals(iob2, ConllReader.toIob2(iob2));
  }

  @Test
  void threeFilesMakeOneDatasetWithTheirSplits() throws IOException {
    Path train = write("train.txt", "a O", "b B-X", "", "c O");
    Path validation = write("valid.txt", "d I-Y");
    Path test = write("test.txt", "e O");
    Dataset d = ConllReader.read(train, validation, test);
    assertEquals("conll_ner", d.name());
    assertEquals(List.of(2, 1, 1), List.copyOf(d.splitSizes().values()));
    assertEquals(List.of("<pad>", "B-X", "B-Y", "O"), d.classes());
    assertEquals(List.of("<pad>", "<s>", "</s>", "a", "b", "c", "d", "e"), d.vocabulary());
  }

  @Test
  void aLineWithOneColumnIsAnError() throws IOException {
    Path file = write("bad.txt", "EU NNP B-NP B-ORG", "rejects");
    assertEquals(
        file + ", line 2: expected a word and an NER tag separated by spaces or tabs, but found one column",
        assertThrows(DataFormatException.class, () -> ConllReader.read(file, "train")).getMessage());
  }

  @Test
  void aLineWithADifferentNumberOfColumnsIsAnError() throws IOException {
    Path file = write("bad.txt", "EU NNP B-NP B-ORG", "", "rejects VBZ O");
    assertEquals(
        file + ", line 3: expected 4 columns like the first token line, but found 3",
        assertThrows(DataFormatException.class, () -> ConllReader.read(file, "train")).getMessage());
  }

  @Test
  void aTagThatIsNotIobIsAnErrorWithItsColumn() throws IOException {
    Path file = write("bad.txt", "EU NNP B-NP B-ORG", "rejects VBZ B-VP PER");
    assertEquals(
        file + ", line 2, column 18: expected an IOB tag (O, B-TYPE or I-TYPE) in the last column, but found 'PER'; other tag"
            + " schemes (such as IOBES's S- and E-) are not read",
        assertThrows(DataFormatException.class, () -> ConllReader.read(file, "train")).getMessage());
  }

  @Test
  void aFileWithoutSentencesIsAnError() throws IOException {
    Path file = write("empty.txt", "-DOCSTART- -X- -X- O", "");
    assertTrue(
        assertThrows(DataFormatException.class, () -> ConllReader.read(file, "train"))
            .getMessage()
            .startsWith(file + ": expected at least one sentence"));
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }
}
