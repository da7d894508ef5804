package io.tprog.analyzer.trace;

import java.util.List;

/** A position whose prediction differs from its label, with the classifier breakdown, biggest push first. */
public record WrongPosition(int position, String predicted, String expected, List<FeaturePush> pushes) {
  public WrongPosition {
    pushes = List.copyOf(pushes);
  }
}
