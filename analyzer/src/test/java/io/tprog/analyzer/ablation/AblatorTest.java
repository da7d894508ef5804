package io.tprog.analyzer.ablation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.data.TestFixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AblatorTest {
  @Test
  void ablatesEveryComponentOfTheSortFixture() {
    Ablator ablator = new Ablator(TestFixtures.path("dynamic/sort/sort.py"));
    List<Example> data = Dataset.read(TestFixtures.path("dynamic/sort/sort.jsonl")).examples();
    AblationReport report = ablator.ablate(List.of(), data);
    Map<String, AblationRow> rows = report.rows().stream().collect(Collectors.toMap(AblationRow::component, Function.identity()));
    assertEquals(
        List.of("attn_0_0", "num_attn_0_0", "num_attn_0_1", "num_mlp_0_0", "num_mlp_0_1", "mlp_1_0", "mlp_1_1", "mlp_2_0"),
        report.rows().stream().map(AblationRow::component).toList());
    assertEquals(1.0, report.positionAccuracy());
    // attn_0_0's feature rows are all zero: copying BOS everywhere changes nothing.
    assertEquals(0, rows.get("attn_0_0").changedPredictions());
    assertEquals(1.0, rows.get("attn_0_0").positionAccuracy());
    // Without the count of zeros every slot is filled from the ones/twos boundary alone.
    assertTrue(rows.get("num_attn_0_0").changedPredictions() > 0);
    assertTrue(rows.get("num_attn_0_0").accuracyChange() < 0);
    // mlp_2_0 answering 2 everywhere predicts "2" at every position.
    long twos = data.stream().flatMap(e -> e.labels().stream()).filter("2"::equals).count();
    long scored = data.stream().flatMap(e -> e.labels().stream()).filter(l -> !l.equals("<pad>")).count();
    assertEquals((double) twos / scored, rows.get("mlp_2_0").positionAccuracy(), 1e-9);
    assertTrue(report.conflicts().isEmpty(), report.conflicts().toString());
  }

  @Test
  void ablatedSourceOverridesTheOutputsOnTheLineOfTheirAssignment() {
    Ablator ablator = new Ablator(TestFixtures.path("dynamic/sort/sort.py"));
    String text = ablator.ablatedSource(List.of("attn_0_0", "num_attn_0_1", "mlp_2_0"));
    assertTrue(text.contains("    attn_0_0_outputs = aggregate(attn_0_0_pattern, tokens); attn_0_0_outputs = [tokens[0]] * len(tokens)\n"), text);
    assertTrue(text.contains("; num_attn_0_1_outputs = [0] * len(ones)\n"), text);
    assertTrue(text.contains("; mlp_2_0_outputs = [2] * len(mlp_1_0_outputs)\n"), text);
  }
}
