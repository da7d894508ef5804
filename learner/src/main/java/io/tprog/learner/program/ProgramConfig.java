package io.tprog.learner.program;

/**
 * The shape of a program: the task it solves and the per-layer module counts of targets.md.
 *
 * @param task the task name written into the program's header
 * @param shape the module counts per layer, the variable size {@code k} and the longest input the program is defined for
 * @param causal whether a query only sees keys at or before its own position
 * @param pooled whether the program predicts one label per sequence instead of one per position
 */
public record ProgramConfig(String task, ProgramShape shape, boolean causal, boolean pooled) {

  public ProgramConfig {
    if (task == null || task.isBlank() || !task.matches("[\\x20-\\x7e]+")) {
      throw new InvalidProgramException(
          "The program's task name " + task + " must be one line of printable ASCII, as it heads the emitted program.");
    }
    int varSize = shape.varSize();
    int maxLength = shape.maxLength();
    if (shape.layers() < 0 || shape.catHeads() < 0 || shape.numHeads() < 0 || shape.catMlps() < 0 || shape.numMlps() < 0) {
      throw new InvalidProgramException("The program configuration has a negative module count.");
    }
    if (varSize < 1 || maxLength < 1 || maxLength > varSize) {
      throw new InvalidProgramException(
          "The program configuration needs 1 <= maxLength <= varSize, found maxLength " + maxLength + " and varSize "
              + varSize + ".");
    }
  }

  /** A configuration of the shape given component by component. */
  public ProgramConfig(String task, int layers, int catHeads, int numHeads, int catMlps, int numMlps, int varSize,
      int maxLength, boolean causal, boolean pooled) {
    this(task, new ProgramShape(layers, catHeads, numHeads, catMlps, numMlps, varSize, maxLength), causal, pooled);
  }
}
