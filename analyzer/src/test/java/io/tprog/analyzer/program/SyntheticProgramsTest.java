package io.tprog.analyzer.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticProgramsTest {
  @TempDir Path dir;

  @Test
  void generatedProgramsReadCleanlyWithTheirShape() throws IOException {
    for (int layers : List.of(1, 4)) {
      SyntheticPrograms.Program p = SyntheticPrograms.generate("s" + layers, SyntheticPrograms.Shape.sortLike(layers), 7);
      ProgramReadResult r = ProgramReader.read(p.writeTo(dir.resolve("l" + layers)));
      assertEquals(List.of(), r.problems());
      ProgramModel m = r.model();
      assertEquals(layers, m.layers());
      assertEquals(8 * layers, m.heads().size());
      assertEquals(4 * layers, m.heads().stream().filter(Head::numerical).count());
      assertEquals(4 * layers, m.mlps().size());
      assertEquals(3 + 12 * layers, m.features().size());
      assertNotNull(m.weights());
      assertEquals(m.features().size(), m.weights().features().size());
    }
  }

  @Test
  void theSeedDecidesTheProgram() {
    SyntheticPrograms.Shape shape = SyntheticPrograms.Shape.sortLike(2);
    assertEquals(SyntheticPrograms.generate("a", shape, 1), SyntheticPrograms.generate("a", shape, 1));
    assertNotEquals(SyntheticPrograms.generate("a", shape, 1).source(), SyntheticPrograms.generate("a", shape, 2).source());
  }
}
