package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

  @Test
  void roundTripsAndLeavesNoTempFile(@TempDir Path dir) throws Exception {
    Map<String, float[]> state = new LinkedHashMap<>();
    state.put("a", new float[] {1.5f, -2f, Float.MIN_VALUE});
    state.put("b.adam_m", new float[] {0f});
    List<EpochRecord> curve = List.of(new EpochRecord(1, 0.5, 0.7, 2.0, 0.8, 1.25));
    Path file = dir.resolve("checkpoint.bin");
    Map<String, float[]> best = Map.of("a", new float[] {9f, 8f, 7f}, "b.adam_m", new float[] {6f});
    new Checkpoint("fp", 2, curve, state, 1, best).write(file);
    Checkpoint read = Checkpoint.read(file);
    assertEquals("fp", read.fingerprint());
    assertEquals(2, read.epochsDone());
    assertEquals(1, read.bestEpoch());
    assertArrayEquals(best.get("a"), read.bestState().get("a"));
    assertArrayEquals(best.get("b.adam_m"), read.bestState().get("b.adam_m"));
    assertEquals(curve, read.curve());
    assertEquals(List.of("a", "b.adam_m"), List.copyOf(read.state().keySet()));
    assertArrayEquals(state.get("a"), read.state().get("a"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
