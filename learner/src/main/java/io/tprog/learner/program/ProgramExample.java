package io.tprog.learner.program;

import java.util.List;

/** An input and its expected labels, printed by an emitted program's main block beside the program's own output. */
public record ProgramExample(List<String> tokens, List<String> expected) {

  public ProgramExample {
    tokens = List.copyOf(tokens);
    expected = List.copyOf(expected);
  }

  /** Whether a program's main block can print this example: its words and labels printable ASCII. */
  public boolean writable() {
    return tokens.stream().allMatch(PythonLiterals::writable) && expected.stream().allMatch(PythonLiterals::writable);
  }
}
