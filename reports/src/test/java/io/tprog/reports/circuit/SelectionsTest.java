package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.reports.Fixtures;
import io.tprog.reports.Fixtures.Analysed;
import io.tprog.reports.circuit.Selections.Selection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SelectionsTest {
  @Test
  void aComponentSelectsItselfAndEverythingUpstreamInProgramOrder() {
    Analysed sort = Fixtures.analyse(Fixtures.path("dynamic/sort/sort.py"));
    CircuitReport report = CircuitReports.build(sort.read().model(), sort.report(), Optional.empty(), List.of(), List.of());
    Selections selections = Selections.of(report);

    // mlp_1_0 reads positions and num_mlp_0_1, which reads num_attn_0_0 twice, which reads tokens and ones.
    Selection mlp = selections.components().get("mlp_1_0");
    assertEquals(List.of("tokens", "positions", "ones", "num_attn_0_0", "num_mlp_0_1", "mlp_1_0"), mlp.nodes());
    assertEquals(
        List.of(
            "num_attn_0_0|num_mlp_0_1|mlp-input|0",
            "num_attn_0_0|num_mlp_0_1|mlp-input|1",
            "num_mlp_0_1|mlp_1_0|mlp-input|1",
            "ones|num_attn_0_0|value|0",
            "positions|mlp_1_0|mlp-input|0",
            "tokens|num_attn_0_0|query|0",
            "tokens|num_attn_0_0|key|0"),
        mlp.edges());
    assertEquals(List.of("tokens"), selections.components().get("tokens").nodes());
    assertEquals(new TreeSet<>(report.classes()), selections.classes().keySet());
    CircuitReport.ClassCircuit first = report.classCircuits().get(0);
    assertEquals(first.nodes(), selections.classes().get(first.classLabel()).nodes());
  }
}
