package io.tprog.analyzer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.prune.Pruner;
import io.tprog.format.sandbox.Programs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long analyses report their progress from 0 to the total, never backwards, and the result is unchanged. */
class ProgressTest {
  private record Report(String stage, int done, int total) {}

  private static void assertClimbsToTheEnd(List<Report> reports) {
    assertTrue(reports.size() >= 2, reports.toString());
    assertEquals(0, reports.get(0).done());
    for (int i = 1; i < reports.size(); i++) {
      assertTrue(reports.get(i).done() >= reports.get(i - 1).done(), reports.toString());
    }
    Report last = reports.get(reports.size() - 1);
    assertEquals(last.total(), last.done(), reports.toString());
  }

  @Test
  void evaluatingAblatingAndPruningReportProgress() {
    Path program = TestFixtures.path("dynamic/sort/sort.py");
    List<Example> examples = Dataset.read(TestFixtures.path("dynamic/sort/sort.jsonl")).examples();
    List<Report> eval = new ArrayList<>();
    Evaluation e = new Evaluator(Programs.load(program)).evaluate(examples, (s, d, t) -> eval.add(new Report(s, d, t)));
    assertClimbsToTheEnd(eval);
    assertEquals(new Evaluator(Programs.load(program)).evaluate(examples).predictions(), e.predictions());

    List<Report> ablate = new ArrayList<>();
    new Ablator(program).ablate(List.of(), examples, (s, d, t) -> ablate.add(new Report(s, d, t)));
    assertClimbsToTheEnd(ablate);

    List<Report> prune = new ArrayList<>();
    new Pruner(program).prune(examples, (s, d, t) -> prune.add(new Report(s, d, t)));
    assertClimbsToTheEnd(prune);
  }
}
