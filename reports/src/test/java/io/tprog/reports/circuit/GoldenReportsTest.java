package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tprog.reports.Fixtures;
import io.tprog.reports.Fixtures.Analysed;
import io.tprog.reports.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown and JSON circuit reports of the fixture programs must equal the golden files under
 * {@code fixtures/golden/<name>/} byte for byte. After an intended change, regenerate them with
 * {@code mvn -pl reports test -Dtest=GoldenReportsTest -Dtprog.updateGolden=true} and review the diff.
 */
class GoldenReportsTest {
  static final String UPDATE_FLAG = "tprog.updateGolden";
  private static final List<String> GOLDEN_FILES = List.of(CircuitReportWriter.MARKDOWN, CircuitReportWriter.JSON);

  static Stream<Arguments> programs() {
    return Stream.of(
        Arguments.of("sort", "programs/sort/sort.py"),
        Arguments.of("dyck1", "programs/dyck1/dyck1.py"),
        Arguments.of("hist", "programs/hist/hist.py"),
        Arguments.of("dead_code", "analyzer/dead_code/dead_code.py"),
        Arguments.of("reference", "analyzer/reference/reference.py"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void reportsMatchTheGoldenFiles(String name, String program, @TempDir Path out) throws Exception {
    Analysed analysed = Fixtures.analyse(Fixtures.path(program));
    CircuitReportWriter.write(analysed.read().model(), analysed.report(), out);
    Path golden = Fixtures.path("golden").resolve(name);
    for (String file : GOLDEN_FILES) {
      String actual = Files.readString(out.resolve(file));
      if (Boolean.getBoolean(UPDATE_FLAG)) {
        ReportFiles.writeText(golden, file, actual);
        continue;
      }
      Path expected = golden.resolve(file);
      if (!Files.exists(expected)) {
        fail("golden file " + expected + " is missing; create it with -D" + UPDATE_FLAG + "=true");
      }
      String difference = GoldenFiles.firstDifference(Files.readString(expected), actual);
      assertEquals("", difference, expected + " differs from the report written now (-D" + UPDATE_FLAG + "=true regenerates it)");
    }
  }

  @Test
  void anyDifferenceIsReportedWithItsLine() {
    assertEquals("", GoldenFiles.firstDifference("a\nb\n", "a\nb\n"));
    assertTrue(GoldenFiles.firstDifference("a\nb\n", "a\nc\n").startsWith("line 2:"));
    assertTrue(GoldenFiles.firstDifference("a\nb\n", "a\nb\nc\n").startsWith("line 3:"));
    assertTrue(GoldenFiles.firstDifference("a\nb", "a\nb\n").startsWith("line 3:"));
  }
}
