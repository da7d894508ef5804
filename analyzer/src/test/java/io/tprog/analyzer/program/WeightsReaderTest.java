package io.tprog.analyzer.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsReaderTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("p_weights.csv"), text);
  }

  @Test
  void readsClassesRowsQuotedValuesAndNumericalRows() throws IOException {
    Weights w =
        WeightsReader.read(file("feature,value,a,\"b,c\"\ntokens,\",\",1.5,-2\ntokens,x,0,0\nones,_,0.25,1e-3\n"));
    assertEquals(List.of("a", "b,c"), w.classes());
    assertEquals(List.of("tokens", "ones"), List.copyOf(w.features()));
    assertEquals(List.of(1.5, -2.0), w.rows("tokens").get(",").weights());
    assertEquals(3, w.rows("tokens").get("x").line());
    assertTrue(w.numerical("ones"));
    assertEquals(0.001, w.rows("ones").get("_").weights().get(1));
    assertTrue(w.rows("absent").isEmpty());
  }

  @Test
  void missingFileNamesTheFile() {
    Path p = dir.resolve("gone_weights.csv");
    WeightsFileException e = assertThrows(WeightsFileException.class, () -> WeightsReader.read(p));
    assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void wrongFieldCountNamesTheLine() throws IOException {
    Path p = file("feature,value,a,b\ntokens,x,1,2\ntokens,y,1\n");
    WeightsFileException e = assertThrows(WeightsFileException.class, () -> WeightsReader.read(p));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains(p + " line 3") && e.getMessage().contains("found 3"), e.getMessage());
  }

  @Test
  void nonNumberWeightNamesLineAndClass() throws IOException {
    Path p = file("feature,value,a,b\ntokens,x,1,two\n");
    WeightsFileException e = assertThrows(WeightsFileException.class, () -> WeightsReader.read(p));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("class 'b'") && e.getMessage().contains("'two'"), e.getMessage());
  }

  @Test
  void headerMustNameFeatureValueAndAClass() throws IOException {
    Path empty = file("");
    assertEquals(1, assertThrows(WeightsFileException.class, () -> WeightsReader.read(empty)).line());
    Path noClass = file("feature,value\n");
    assertTrue(assertThrows(WeightsFileException.class, () -> WeightsReader.read(noClass)).getMessage().contains("line 1"));
  }

  @Test
  void unclosedQuoteIsReported() throws IOException {
    Path p = file("feature,value,a\n\"tokens,x,1\n");
    assertEquals(2, assertThrows(WeightsFileException.class, () -> WeightsReader.read(p)).line());
  }
}
