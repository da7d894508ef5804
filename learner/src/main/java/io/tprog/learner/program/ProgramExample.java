package io.tprog.learner.program;

import java.util.List;

/** An input and its expected labels, printed by an emitted program's main block beside the program's own output. */
public record ProgramExample(List<String> tokens, List<String> expected) {

  public ProgramExample {
    tokens = List.copyOf(tokens);
    expected = List.copyOf(expected);
  }
}
