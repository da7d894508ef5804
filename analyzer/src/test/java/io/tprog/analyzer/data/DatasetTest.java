package io.tprog.analyzer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("d.jsonl"), text);
  }

  @Test
  void readsExamplesSplitsAndPadLabels() throws Exception {
    Path p = write("{\"split\": \"train\", \"tokens\": [\"<s>\", \"2\"], \"labels\": [\"<pad>\", \"1\"]}\n\n"
        + "{\"split\": \"test\", \"tokens\": [\"<s>\", \"1\", \"1\"], \"labels\": [\"<pad>\", \"2\", \"2\"]}\n");
    Dataset d = Dataset.read(p);
    assertEquals(2, d.examples().size());
    Example test = d.split("test").get(0);
    assertEquals(List.of("<s>", "1", "1"), test.tokens());
    assertEquals(3, test.line());
    assertFalse(test.scored(0));
    assertTrue(test.scored(1));
    assertEquals(1, d.split("train").size());
    assertEquals(2, d.split(null).size());
  }

  @Test
  void aLineWithoutSplitIsTestData() throws Exception {
    Path p = write("{\"tokens\": [\"<s>\", \"2\"], \"labels\": [\"<pad>\", \"1\"]}\n");
    Dataset d = Dataset.read(p);
    assertEquals("test", d.examples().get(0).split());
    assertEquals(1, d.split("test").size());
  }

  @Test
  void namesTheLineOfBadJson() throws Exception {
    Path p = write("{\"tokens\": [\"a\"], \"labels\": [\"b\"]}\n{\"tokens\": [\"a\"\n");
    DatasetException e = assertThrows(DatasetException.class, () -> Dataset.read(p));
    assertTrue(e.getMessage().startsWith(p + " line 2 column "), e.getMessage());
  }

  @Test
  void refusesNonStringTokensAndMissingLabels() throws Exception {
    assertEquals(
        write("{\"tokens\": [1], \"labels\": [\"b\"]}").toString() + " line 1: \"tokens\" must be a list of strings, found 1",
        assertThrows(DatasetException.class, () -> Dataset.read(dir.resolve("d.jsonl"))).getMessage());
    Path p = write("{\"tokens\": [\"a\"]}");
    assertEquals(p + " line 1 has no \"labels\" list", assertThrows(DatasetException.class, () -> Dataset.read(p)).getMessage());
  }

  @Test
  void missingFileIsOneSentence() {
    Path p = dir.resolve("absent.jsonl");
    assertEquals("Dataset " + p + " does not exist", assertThrows(DatasetException.class, () -> Dataset.read(p)).getMessage());
  }
}
