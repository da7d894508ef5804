package io.tprog.analyzer.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import io.tprog.analyzer.program.WeightsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converted weights file keeps every class, feature value and weight of the reference's, also when a class or a
 * value holds a comma or a quote: read back with {@link WeightsReader}, it has the same classes and rows.
 */
class ConverterWeightsTest {
  private static final Path REFERENCE = TestFixtures.path("analyzer/reference/reference.py");

  @TempDir Path dir;

  @Test
  void classesAndValuesThatNeedQuotingReadBackAsTheyWere() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Path reference = Files.copy(REFERENCE, folder.resolve("reference.py"));
    List<String> lines = Files.readAllLines(REFERENCE.resolveSibling("reference_weights.csv"));
    assertEquals("feature,value,0,1,2", lines.get(0));
    StringBuilder weights = new StringBuilder("feature,value,\"a,b\",\"say \"\"hi\"\"\",2\n");
    lines.subList(1, lines.size()).forEach(line -> weights.append(line).append('\n'));
    weights.append("tokens,\"x,y\",0.5,-0.25,1.0\n");
    weights.append("tokens,\"\"\"\",1.5,2.5,-3.5\n");
    Files.writeString(folder.resolve("reference_weights.csv"), weights);
    Weights original = WeightsReader.read(folder.resolve("reference_weights.csv"));
    assertEquals(List.of("a,b", "say \"hi\"", "2"), original.classes());

    Converter.Converted converted = Converter.convert(reference);
    Converter.write(reference, converted, dir.resolve("out"));
    Weights back = WeightsReader.read(dir.resolve("out").resolve("reference_weights.csv"));

    assertEquals(original.classes(), back.classes());
    assertEquals(rows(original), rows(back));
    assertEquals(List.of(0.5, -0.25, 1.0), back.rows("tokens").get("x,y").weights());
    assertEquals(List.of(1.5, 2.5, -3.5), back.rows("tokens").get("\"").weights());
  }

  /** Every row as feature, value and weights (not its line, which the header's quoting does not move). */
  private static List<String> rows(Weights weights) {
    return weights.features().stream()
        .flatMap(f -> weights.rows(f).values().stream())
        .map(ConverterWeightsTest::text)
        .toList();
  }

  private static String text(WeightRow row) {
    return row.feature() + "|" + row.value() + "|" + row.weights();
  }
}
