package io.tprog.learner.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tprog.learner.data.DataFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    if (name.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(f, text);
    }
    return f;
  }

  @Test
  void readsPlainAndGzipFilesAndFindsCasedWordsByTheirLowerCase() throws IOException {
    String text = "the 0.5 -1 2\nparis 1 2 3\ncaf\u00e9 0 0 1e-3\n";
    for (String name : List.of("v.txt", "v.txt.gz")) {
      WordVectors v = WordVectors.read(write(name, text), List.of("Paris", "the", "café", "absent"));
      assertEquals(3, v.dimension());
      assertArrayEquals(new float[] {1, 2, 3}, v.vector("Paris").orElseThrow());
      assertArrayEquals(new float[] {0.5f, -1, 2}, v.vector("the").orElseThrow());
      assertArrayEquals(new float[] {0, 0, 1e-3f}, v.vector("caf\u00e9").orElseThrow());
      assertFalse(v.vector("absent").isPresent());
    }
  }

  @Test
  void malformedOrInconsistentFilesAreOneSentenceWithTheLine() throws IOException {
    Path widths = write("w.txt", "a 1 2\nb 1 2 3\n");
    assertEquals(widths + ", line 2: expected 2 values like the first line, but found 3",
        assertThrows(DataFormatException.class, () -> WordVectors.read(widths, List.of("a"))).getMessage());
    Path number = write("n.txt.gz", "a 1 2\nb 1 x\n");
    assertEquals(number + ", line 2: expected a number as value 2, but found 'x'",
        assertThrows(DataFormatException.class, () -> WordVectors.read(number, List.of("a"))).getMessage());
    Path lonely = write("l.txt", "a 1\nb\n");
    assertEquals(lonely + ", line 2: expected a word and its vector values, but found one field",
        assertThrows(DataFormatException.class, () -> WordVectors.read(lonely, List.of("a"))).getMessage());
    Path empty = write("e.txt", "\n");
    assertEquals(empty + ": expected word vectors, one a line, but the file has none",
        assertThrows(DataFormatException.class, () -> WordVectors.read(empty, List.of("a"))).getMessage());
    Path notGzip = write("plain.txt", "a 1\n");
    Path renamed = Files.move(notGzip, dir.resolve("plain.txt.gz"));
    assertEquals(renamed + ": expected a gzip file (it ends in .gz), but it is not one",
        assertThrows(DataFormatException.class, () -> WordVectors.read(renamed, List.of("a"))).getMessage());
  }

  @Test
  void theProjectionIsSeededKeepsEqualVectorsEqualAndRoughlyKeepsLengths() throws IOException {
    StringBuilder text = new StringBuilder();
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (String w : List.of("a", "b")) {
      text.append(w);
      for (int i = 0; i < 100; i++) {
        text.append(' ').append(w.equals("b") ? 0 : (float) r.nextDouble(-1, 1));
      }
      text.append('\n');
    }
    text.append("twin");
    String first = text.substring(text.indexOf("a ") + 1, text.indexOf("\n"));
    text.append(first).append('\n');
    WordVectors v = WordVectors.read(write("g.txt", text.toString()), List.of("a", "twin", "b"));
    List<String> vocabulary = List.of("<pad>", "a", "twin", "b");
    float[] logits = EmbeddingInit.project(vocabulary, v, 4, 32, 0);
    assertEquals(4 * 128, logits.length);
    assertArrayEquals(row(logits, 1), row(logits, 2), "equal vectors project equally");
    assertEquals(0, norm(row(logits, 3)), 1e-6, "a zero vector projects to zero");
    double before = norm(v.vector("a").orElseThrow());
    double after = norm(row(logits, 1));
    assertTrue(after > 0.6 * before && after < 1.4 * before, before + " became " + after);
    assertTrue(norm(row(logits, 0)) > 5, "a word without a vector gets a random one, about 10 long");
    assertArrayEquals(logits, EmbeddingInit.project(vocabulary, v, 4, 32, 0));
    assertNotEquals(Arrays.toString(logits), Arrays.toString(EmbeddingInit.project(vocabulary, v, 4, 32, 1)));
    assertEquals(3, EmbeddingInit.found(vocabulary, v));
  }

  @Test
  void theSharedGloveFileReadsWithAHundredDimensions() throws IOException {
    Path glove = Path.of("../../shared/data/embeddings/glove.6B.100d.subset.txt.gz");
    assumeTrue(Files.isRegularFile(glove), "The shared GloVe file is not at ../shared/data, so this test is skipped.");
    WordVectors v = WordVectors.read(glove, List.of("Germany", "the", "<unk>"));
    assertEquals(100, v.dimension());
    assertTrue(v.vector("Germany").isPresent());
    assertFalse(v.vector("<unk>").isPresent());
  }

  private static float[] row(float[] logits, int w) {
    return Arrays.copyOfRange(logits, w * 128, (w + 1) * 128);
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
