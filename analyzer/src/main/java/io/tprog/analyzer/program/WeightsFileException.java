package io.tprog.analyzer.program;

/** A weights file that is missing or cannot be read as program-format.md describes; the message names file and line. */
public class WeightsFileException extends RuntimeException {
  private final String file;
  private final int line;

  public WeightsFileException(String file, int line, String sentence) {
    super(sentence);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** 1-based line of the fault, 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
