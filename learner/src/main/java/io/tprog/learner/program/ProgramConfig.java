package io.tprog.learner.program;

/**
 * The shape of a program: the task it solves and the per-layer module counts of targets.md.
 *
 * @param task the task name written into the program's header
 * @param layers number of layers
 * @param catHeads categorical attention heads per layer
 * @param numHeads numerical attention heads per layer
 * @param catMlps categorical MLPs per layer
 * @param numMlps numerical MLPs per layer
 * @param varSize width {@code k} of every categorical variable
 * @param maxLength longest input the program is defined for (positions are {@code 0..maxLength-1})
 * @param causal whether a query only sees keys at or before its own position
 * @param pooled whether the program predicts one label per sequence instead of one per position
 */
public record ProgramConfig(
    String task,
    int layers,
    int catHeads,
    int numHeads,
    int catMlps,
    int numMlps,
    int varSize,
    int maxLength,
    boolean causal,
    boolean pooled) {

  public ProgramConfig {
    if (task == null || task.isBlank() || !task.matches("[\\x20-\\x7e]+")) {
      throw new InvalidProgramException(
          "The program's task name " + task + " must be one line of printable ASCII, as it heads the emitted program.");
    }
    if (layers < 0 || catHeads < 0 || numHeads < 0 || catMlps < 0 || numMlps < 0) {
      throw new InvalidProgramException("The program configuration has a negative module count.");
    }
    if (varSize < 1 || maxLength < 1 || maxLength > varSize) {
      throw new InvalidProgramException(
          "The program configuration needs 1 <= maxLength <= varSize, found maxLength " + maxLength + " and varSize "
              + varSize + ".");
    }
  }
}
