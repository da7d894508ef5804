package io.tprog.analyzer.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.format.sandbox.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {
  @TempDir Path dir;

  private static final List<String> INPUT = List.of("<s>", "2", "1", "0", "2", "</s>");

  private static Trace trace(Path program, List<String> tokens, List<String> expected) {
    ProgramModel model = ProgramReader.read(program).model();
    return new Tracer(Programs.load(program), model).trace(tokens, expected);
  }

  private static List<ProvenanceStep> find(ProvenanceStep root, String variable, int position) {
    List<ProvenanceStep> out = new ArrayList<>();
    if (variable.equals(root.variable()) && root.position() == position && !root.repeated()) {
      out.add(root);
    }
    root.children().forEach(c -> out.addAll(find(c, variable, position)));
    return out;
  }

  /**
   * In the hand-made sort program, position 1's prediction reads mlp_2_0, which reads whether the slot lies within
   * the zeros: that count comes from num_attn_0_0 matching the one "0" at position 3; attn_0_0 at position 2 selects
   * position 1 (its predicate maps query position 2 to key position 1) and copies the token there.
   */
  @Test
  void followsTheKeyPositionsEachHeadActuallyRead() {
    Path program = TestFixtures.path("dynamic/sort/sort.py");
    Trace t = trace(program, INPUT, List.of());
    ProvenanceStep root = new Provenance(ProgramReader.read(program).model()).of(t, 1);
    assertEquals("0", root.value());
    assertEquals(List.of("tokens", "positions", "attn_0_0_outputs", "mlp_2_0_outputs", "ones"),
        root.children().stream().map(ProvenanceStep::variable).toList());

    ProvenanceStep zeros = find(root, "num_attn_0_0_outputs", 1).get(0);
    assertEquals("num_attn_0_0", zeros.component());
    assertEquals(List.of(3), zeros.keyPositions());
    assertEquals(1L, zeros.value());
    assertTrue(zeros.children().stream().anyMatch(c -> c.variable().equals("tokens") && c.position() == 3 && c.value().equals("0")));

    ProvenanceStep copy = new Provenance(ProgramReader.read(program).model()).of(t, 2, "attn_0_0_outputs");
    assertEquals(List.of(1), copy.keyPositions());
    assertEquals("2", copy.value());
    assertTrue(copy.children().stream().anyMatch(c -> c.variable().equals("tokens") && c.position() == 1 && c.value().equals("2")));

    List<String> heads = Provenance.headsIn(root);
    assertTrue(heads.contains("num_attn_0_0"), heads.toString());
    assertTrue(heads.stream().allMatch(h -> h.contains("attn_")), heads.toString());
    Map<String, Set<Integer>> components = Provenance.componentsIn(root);
    assertEquals(Set.of(1), components.get("mlp_2_0"));
  }

  @Test
  void aValueMetTwiceIsExpandedOnce() {
    Path program = TestFixtures.path("dynamic/sort/sort.py");
    Trace t = trace(program, INPUT, List.of());
    ProvenanceStep root = new Provenance(ProgramReader.read(program).model()).of(t, 1);
    List<String> expanded = new ArrayList<>();
    collect(root, expanded);
    assertEquals(expanded.size(), Set.copyOf(expanded).size(), "each variable@position expanded once: " + expanded);
  }

  private static void collect(ProvenanceStep s, List<String> out) {
    if (s.variable() != null && !s.repeated()) {
      out.add(s.variable() + "@" + s.position());
    }
    s.children().forEach(c -> collect(c, out));
  }

  @Test
  void aPositionOutsideTheInputIsRefused() {
    Path program = TestFixtures.path("dynamic/sort/sort.py");
    Trace t = trace(program, INPUT, List.of());
    var e = assertThrows(IllegalArgumentException.class, () -> new Provenance(ProgramReader.read(program).model()).of(t, 6));
    assertTrue(e.getMessage().contains("positions 0 to 5"), e.getMessage());
  }

  /**
   * A copy of the sort program with one wrong table row (two zeros counted as three) fails exactly on inputs with two
   * zeros. Each failure is blamed on the first component of its path, in layer order, whose output differs from the
   * nearest passing input's; every earlier component of the path agrees with it. Groups come biggest first.
   */
  @Test
  void failuresAreGroupedByTheFirstComponentThatDiffersFromTheNearestPassingInput() throws Exception {
    Path original = TestFixtures.path("dynamic/sort/sort.py");
    Path broken = dir.resolve("sort.py");
    String source = Files.readString(original);
    String row = "        elif key in {(2, 2)}:\n            return 2\n";
    assertTrue(source.contains(row));
    Files.writeString(broken, source.replace(row, "        elif key in {(2, 2)}:\n            return 3\n"));
    Files.copy(original.resolveSibling("sort_weights.csv"), dir.resolve("sort_weights.csv"));

    ProgramModel model = ProgramReader.read(broken).model();
    var examples = Dataset.read(TestFixtures.path("dynamic/sort/sort.jsonl")).examples();
    List<Trace> traces = new Tracer(Programs.load(broken), model).traceAll(examples);
    long failing = traces.stream().filter(x -> !x.wrong().isEmpty()).count();
    assertTrue(failing > 0);
    List<FailureGroup> groups = FailureGroups.group(model, traces);
    assertEquals(failing, groups.stream().mapToInt(FailureGroup::size).sum());
    for (int g = 1; g < groups.size(); g++) {
      assertTrue(groups.get(g - 1).size() >= groups.get(g).size());
    }
    Map<String, String> outputs = new java.util.HashMap<>();
    model.heads().forEach(h -> outputs.put(h.name(), h.output()));
    model.mlps().forEach(m -> outputs.put(m.name(), m.output()));
    Provenance provenance = new Provenance(model);
    for (FailureGroup group : groups) {
      for (Failure f : group.failures()) {
        assertEquals(2, Collections.frequency(f.trace().tokens(), "0"), f.trace().tokens().toString());
        assertTrue(f.neighbour().wrong().isEmpty());
        boolean blamedSeen = false;
        for (var e : Provenance.componentsIn(provenance.of(f.trace(), f.position())).entrySet()) {
          boolean differs =
              e.getValue().stream().anyMatch(p -> !java.util.Objects.equals(
                  f.trace().value(outputs.get(e.getKey()), p), f.neighbour().value(outputs.get(e.getKey()), p)));
          if (e.getKey().equals(group.component())) {
            assertTrue(differs, group.component() + " is blamed, so it differs");
            blamedSeen = true;
            break;
          }
          assertFalse(differs, e.getKey() + " comes before " + group.component() + " on the path, so it agrees");
        }
        assertTrue(blamedSeen, group.component() + " lies on the path of " + f.trace().tokens());
      }
    }
  }

  @Test
  void theNearestPassingInputHasTheFewestDifferentTokens() {
    Path program = TestFixtures.path("dynamic/sort/sort.py");
    Trace failing = trace(program, List.of("<s>", "2", "1", "0", "</s>"), List.of());
    Trace far = trace(program, List.of("<s>", "0", "0", "1", "</s>"), List.of());
    Trace near = trace(program, List.of("<s>", "2", "1", "1", "</s>"), List.of());
    assertEquals(near, FailureGroups.nearest(failing, List.of(far, near)));
    assertEquals(near, FailureGroups.nearest(failing, List.of(near, far)));
    assertEquals(null, FailureGroups.nearest(failing, List.of()));
  }
}
