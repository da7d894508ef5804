package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlDatasetTest {

  @TempDir Path dir;

  @Test
  void oneExampleIsOneLineWithKeysInOrder() {
    Example e = new Example("train", List.of("<s>", "3", "1", "</s>"), List.of("<pad>", "1", "3", "<pad>"));
    assertEquals(
        "{\"split\": \"train\", \"tokens\": [\"<s>\", \"3\", \"1\", \"</s>\"], \"labels\": [\"<pad>\", \"1\", \"3\", \"<pad>\"]}",
        JsonlDataset.line(e));
  }

  @Test
  void generatedDatasetRoundTrips() throws IOException {
    Dataset d = Datasets.generate(Task.SORT, Task.SORT.defaults().withSize(3000));
    Path file = dir.resolve("sort.jsonl");
    JsonlDataset.write(file, d);
    Dataset back = JsonlDataset.read(file);
    assertEquals(d.examples(), back.examples());
    assertEquals("sort", back.name());
    assertEquals(d.vocabulary(), back.vocabulary());
    assertEquals(d.classes(), back.classes());
    assertFalse(back.pooled());
    assertEquals(3000, Files.readAllLines(file).size());
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Path c = dir.resolve("c.jsonl");
    JsonlDataset.write(a, Datasets.generate(Task.DYCK2, Task.DYCK2.defaults().withSize(2000).withSeed(5)));
    JsonlDataset.write(b, Datasets.generate(Task.DYCK2, Task.DYCK2.defaults().withSize(2000).withSeed(5)));
    JsonlDataset.write(c, Datasets.generate(Task.DYCK2, Task.DYCK2.defaults().withSize(2000).withSeed(6)));
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertFalse(Files.readString(a).equals(Files.readString(c)));
  }

  @Test
  void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("sub/out.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old content that is longer than the new one\n".repeat(100));
    Dataset d = Dataset.of("x", List.of(new Example("test", List.of("<s>", "é \"q\""), List.of("<pad>", "a\\b"))), false, false);
    JsonlDataset.write(file, d);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList());
    }
    assertEquals(d.examples(), JsonlDataset.read(file).examples());
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("é"));
  }

  @Test
  void theWrittenFileHasTheUsualPermissionsOfANewFile() throws IOException {
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "x");
    Path written = dir.resolve("written.jsonl");
    JsonlDataset.write(written, Datasets.generate(Task.HIST, Task.HIST.defaults().withSize(10)));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
  }

  @Test
  void pooledFilesAreRecognisedByTheirLayout() throws IOException {
    Path file = write("cls.jsonl",
        "{\"split\": \"train\", \"tokens\": [\"<s>\", \"good\", \"film\"], \"labels\": [\"pos\", \"<pad>\", \"<pad>\"]}",
        "{\"split\": \"test\", \"tokens\": [\"<s>\", \"bad\"], \"labels\": [\"neg\", \"<pad>\"]}");
    Dataset d = JsonlDataset.read(file);
    assertTrue(d.pooled());
    assertEquals(List.of("<pad>", "neg", "pos"), d.classes());
    assertEquals(List.of("<pad>", "<s>", "bad", "film", "good"), d.vocabulary());
  }

  @Test
  void aLineWithoutSplitIsATestExampleAndBlankLinesAreSkipped() throws IOException {
    Path file = write("eval.jsonl", "", "{\"tokens\": [\"<s>\", \"1\"], \"labels\": [\"<pad>\", \"1\"], \"id\": 3}", "  ");
    Dataset d = JsonlDataset.read(file);
    assertEquals(List.of(new Example("test", List.of("<s>", "1"), List.of("<pad>", "1"))), d.examples());
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws IOException {
    Path file = write("bad.jsonl", good(), good(), "{\"tokens\": [\"<s>\" \"1\"], \"labels\": [\"<pad>\", \"1\"]}");
    DataFormatException e = assertThrows(DataFormatException.class, () -> JsonlDataset.read(file));
    assertTrue(e.getMessage().startsWith(file + ", line 3, column "), e.getMessage());
    assertTrue(e.getMessage().contains("expected one JSON object like"), e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void missingOrMismatchedFieldsSayWhatWasExpected() throws IOException {
    assertEquals(
        problem("{\"tokens\": [\"<s>\", \"1\"]}"),
        "line 1: expected a \"labels\" array of strings, but the key is missing");
    assertEquals(
        problem("{\"tokens\": [\"<s>\", \"1\"], \"labels\": [\"<pad>\"]}"),
        "line 1: expected one label per token (2), but found 1 labels");
    assertEquals(
        problem("{\"tokens\": [\"<s>\", 1], \"labels\": [\"<pad>\", \"1\"]}"),
        "line 1: expected \"tokens\" to hold only strings, but entry 2 is the number 1");
    assertEquals(
        problem("[\"<s>\"]"),
        "line 1: expected a JSON object like {\"split\": \"train\", \"tokens\": [...], \"labels\": [...]}, but found an array");
    assertEquals(
        problem("{\"split\": 3, \"tokens\": [\"<s>\"], \"labels\": [\"<pad>\"]}"),
        "line 1: expected \"split\" to be a non-empty string, but found the number 3");
    assertEquals(problem("{\"tokens\": [], \"labels\": []}"), "line 1: expected at least one token, but \"tokens\" is empty");
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
    Path file = dir.resolve("windows.jsonl");
    Files.writeString(file, "\uFEFF" + good() + "\r\n" + good() + "\r\n", StandardCharsets.UTF_8);
    assertEquals(2, JsonlDataset.read(file).examples().size());
  }

  @Test
  void anEmptyFileIsAnError() throws IOException {
    Path file = write("empty.jsonl", "");
    DataFormatException e = assertThrows(DataFormatException.class, () -> JsonlDataset.read(file));
    assertTrue(e.getMessage().startsWith(file + ": expected at least one example line"), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirLine() throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    byte[] first = (good() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(first, first.length + 2);
    bytes[first.length] = (byte) 0xE9;
    bytes[first.length + 1] = '\n';
    Files.write(file, bytes);
    DataFormatException e = assertThrows(DataFormatException.class, () -> JsonlDataset.read(file));
    assertEquals(file + ", line 2: expected UTF-8 text, but the line has bytes that are not UTF-8", e.getMessage());
  }

  private String problem(String line) throws IOException {
    Path file = write("p.jsonl", line);
    DataFormatException e = assertThrows(DataFormatException.class, () -> JsonlDataset.read(file));
    assertTrue(e.getMessage().startsWith(file + ", "), e.getMessage());
    return e.getMessage().substring((file + ", ").length());
  }

  private static String good() {
    return "{\"split\": \"train\", \"tokens\": [\"<s>\", \"1\"], \"labels\": [\"<pad>\", \"1\"]}";
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
