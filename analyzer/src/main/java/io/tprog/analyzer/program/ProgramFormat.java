package io.tprog.analyzer.program;

/** Which of the two program shapes a file was written in (program-format.md). */
public enum ProgramFormat {
  /** This project's format: standard library only, scoring through {@code classify(WEIGHTS, [...])}. */
  TPROG,
  /** The paper's released format: pandas {@code classifier_weights.loc} scoring and {@code pd.concat}. */
  REFERENCE
}
