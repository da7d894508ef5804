package io.tprog.analyzer.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.format.sandbox.Programs;
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

  /** They carry the helpers, so the sandbox runs them: one class per position, each one of the program's classes. */
  @Test
  void generatedProgramsRun() throws IOException {
    SyntheticPrograms.Program p = SyntheticPrograms.generate("run2", SyntheticPrograms.Shape.sortLike(2), 3);
    ProgramModel model = ProgramReader.read(p.writeTo(dir.resolve("run"))).model();
    List<String> tokens = List.of("<s>", "3", "0", "4", "1", "</s>");
    List<String> predicted = Programs.load(dir.resolve("run").resolve("run2.py")).predict(tokens);
    assertEquals(tokens.size(), predicted.size());
    assertTrue(model.classes().containsAll(predicted), predicted + " are not all classes of " + model.classes());
  }

  @Test
  void theSeedDecidesTheProgram() {
    SyntheticPrograms.Shape shape = SyntheticPrograms.Shape.sortLike(2);
    assertEquals(SyntheticPrograms.generate("a", shape, 1), SyntheticPrograms.generate("a", shape, 1));
    assertNotEquals(SyntheticPrograms.generate("a", shape, 1).source(), SyntheticPrograms.generate("a", shape, 2).source());
  }
}
