package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.learner.data.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetEncoderTest {
  private final DatasetEncoder encoder =
      new DatasetEncoder(List.of("<pad>", "<s>", "0", "1"), List.of("<pad>", "1", "2"), 4);

  @Test
  void padsAndScoresEveryLabelledPosition() {
    var batch = encoder.encode(List.of(new Example("train", List.of("<s>", "1", "1"), List.of("<pad>", "2", "2"))));
    assertArrayEquals(new int[] {1, 3, 3, 0}, batch.tokens());
    assertArrayEquals(new int[] {0, 2, 2, 0}, batch.labels());
    assertArrayEquals(new float[] {0, 1, 1, 0}, batch.scored());
  }

  @Test
  void unknownTokenIsNamedWithItsExampleAndPosition() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> encoder.encode(List.of(new Example("test", List.of("<s>", "7"), List.of("<pad>", "1")))));
    assertTrue(e.getMessage().contains("Example 1 of the test split has token 7 at position 1"), e.getMessage());
  }
}
