package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.learner.data.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthAccuracyTest {

  @Test
  void countsScoredPositionsPerInputLength() {
    List<Example> examples =
        List.of(
            new Example("test", List.of("<s>", "1", "</s>"), List.of("<pad>", "1", "<pad>")),
            new Example("test", List.of("<s>", "1", "2", "</s>"), List.of("<pad>", "2", "1", "<pad>")),
            new Example("test", List.of("<s>", "2", "1", "</s>"), List.of("<pad>", "1", "2", "<pad>")));
    List<List<String>> predictions =
        List.of(List.of("<s>", "2", "</s>"), List.of("<s>", "2", "1", "</s>"), List.of("<s>", "1", "1", "</s>"));
    LengthAccuracy a = LengthAccuracy.of(examples, predictions, false);
    assertEquals(List.of(new LengthAccuracy.Length(1, 1, 1, 0, 0.0), new LengthAccuracy.Length(2, 2, 4, 3, 0.75)),
        a.lengths());
    assertEquals(3, a.examples());
    assertEquals(0.6, a.tokenAccuracy(), 1e-12);
    assertEquals(0.375, a.meanOverLengths(), 1e-12);
    assertEquals(0.0, a.worstLength());
  }

  @Test
  void aCausalTaskIsMeasuredPerPrefixLength() {
    List<Example> examples =
        List.of(new Example("test", List.of("<s>", "(", ")", ")"), List.of("<pad>", "P", "T", "F")));
    LengthAccuracy a = LengthAccuracy.of(examples, List.of(List.of("<pad>", "P", "T", "T")), true);
    assertEquals(
        List.of(
            new LengthAccuracy.Length(1, 1, 1, 1, 1.0),
            new LengthAccuracy.Length(2, 1, 1, 1, 1.0),
            new LengthAccuracy.Length(3, 1, 1, 0, 0.0)),
        a.lengths());
  }
}
