package io.tprog.analyzer.words;

import java.util.List;

/**
 * The provenance of one wrong tag: the word at {@code position}, the tag predicted and the one expected, and each
 * feature that pushed the predicted tag over the expected one (positive push, biggest first) with where its value came
 * from in this sentence.
 */
public record WrongTag(int position, String word, String predicted, String expected, List<Push> pushes) {
  public WrongTag {
    pushes = List.copyOf(pushes);
  }

  /** A feature's value at the position, its push (weight[predicted] - weight[expected]) and its source here. */
  public record Push(String variable, String value, double push, String source) {}
}
