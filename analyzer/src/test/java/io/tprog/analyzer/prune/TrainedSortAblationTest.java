package io.tprog.analyzer.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.ablation.AblationReport;
import io.tprog.analyzer.ablation.AblationRow;
import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.ComponentDefaults;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ablation of every component of the trained sort fixture (fixtures/programs/sort), on the sort inputs over
 * symbols 0-2: each component's row exists, no component static analysis calls dead changes a prediction, some
 * components matter, and the number of predictions each ablation changes, counted by running the rewritten program
 * in Jython, is the number the Java interpreter counts (two implementations of the same defaults agreeing).
 */
class TrainedSortAblationTest {
  @Test
  void everyComponentAblatedInJythonAndInJavaAlike() throws Exception {
    Path program = TestFixtures.path("programs/sort/sort.py");
    List<Example> examples = Dataset.read(TestFixtures.path("dynamic/sort/sort.jsonl")).examples();
    Ablator ablator = new Ablator(program);
    AblationReport report = ablator.ablate(List.of(), examples);
    ProgramModel model = ProgramReader.read(program).model();
    List<String> components = ComponentDefaults.ablatable(model);
    assertEquals(components, report.rows().stream().map(AblationRow::component).toList());
    assertTrue(report.conflicts().isEmpty(), report.conflicts().toString());
    assertTrue(report.rows().stream().anyMatch(r -> r.accuracyChange() < -0.05), "some component matters");

    ModelInterpreter fast = ModelInterpreter.of(program, Files.readString(program), model).orElseThrow();
    List<String> classes = model.weightsFile().orElseThrow().classes();
    for (AblationRow row : report.rows()) {
      int changed = 0;
      for (Example e : examples) {
        int[] base = fast.classify(e.tokens(), Set.of());
        int[] ablated = fast.classify(e.tokens(), Set.of(row.component()));
        for (int i = 0; i < base.length; i++) {
          boolean boundary = Set.of("<s>", "</s>").contains(e.tokens().get(i));
          if (!boundary && !classes.get(base[i]).equals(classes.get(ablated[i]))) {
            changed++;
          }
        }
      }
      assertEquals(changed, row.changedPredictions(), row.component());
    }
  }
}
