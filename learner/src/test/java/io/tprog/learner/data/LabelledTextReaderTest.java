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

class LabelledTextReaderTest {

  @TempDir Path dir;

  @Test
  void eachLineIsAPooledExampleLabelledAtPositionZero() throws IOException {
    Path file = write("trec.tsv", "NUM\tHow many  people live in Rome ?", "", "LOC\tWhere is it?\r");
    List<Example> examples = LabelledTextReader.read(file, "train");
    assertEquals(2, examples.size());
    assertEquals(
        new Example("train",
            List.of("<s>", "How", "many", "people", "live", "in", "Rome", "?"),
            List.of("NUM", "<pad>", "<pad>", "<pad>", "<pad>", "<pad>", "<pad>", "<pad>")),
        examples.get(0));
    assertEquals(List.of("<s>", "Where", "is", "it?"), examples.get(1).tokens());
  }

  @Test
  void readAndSplitSplitsBySeedAndIsPooled() throws IOException {
    String[] lines = new String[40];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (i % 2 == 0 ? "pos" : "neg") + "\tword" + i;
    }
    Path file = write("mr.tsv", lines);
    Dataset d = LabelledTextReader.readAndSplit(file, 3);
    assertEquals("mr", d.name());
    assertTrue(d.pooled());
    assertEquals(List.of(32, 4, 4), List.copyOf(d.splitSizes().values()));
    assertEquals(List.of("<pad>", "neg", "pos"), d.classes());
    assertEquals(d, LabelledTextReader.readAndSplit(file, 3));
  }

  @Test
  void aLineWithoutATabIsAnError() throws IOException {
    Path file = write("bad.tsv", "pos\tgood", "neg terrible film");
    assertEquals(
        file + ", line 2: expected label<TAB>text, but the line has no tab",
        assertThrows(DataFormatException.class, () -> LabelledTextReader.read(file, "train")).getMessage());
  }

  @Test
  void emptyLabelsAndEmptyTextAreErrors() throws IOException {
    Path noLabel = write("a.tsv", "\tgood film");
    assertEquals(
        noLabel + ", line 1, column 1: expected a label without spaces before the tab, but found ''",
        assertThrows(DataFormatException.class, () -> LabelledTextReader.read(noLabel, "train")).getMessage());
    Path noText = write("b.tsv", "pos\t   ");
    assertEquals(
        noText + ", line 1, column 5: expected text after the tab, but it is empty",
        assertThrows(DataFormatException.class, () -> LabelledTextReader.read(noText, "train")).getMessage());
    Path padLabel = write("c.tsv", "<pad>\tgood");
    assertTrue(
        assertThrows(DataFormatException.class, () -> LabelledTextReader.read(padLabel, "train"))
            .getMessage()
            .contains("expected a class label"));
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }
}
