package io.tprog.learner.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that does not follow its format. The message is one sentence naming the file, the line (and column
 * when known) and what was expected there.
 */
public class DataFormatException extends IOException {
  private final Path file;
  private final int line;

  /**
   * @param line 1-based line number, or 0 when the problem concerns the whole file
   * @param column 1-based column, or 0 when unknown
   * @param problem what was expected and what was found, without the location
   */
  public DataFormatException(Path file, int line, int column, String problem) {
    super(location(file, line, column) + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  private static String location(Path file, int line, int column) {
    StringBuilder s = new StringBuilder().append(file);
    if (line > 0) {
      s.append(", line ").append(line);
    }
    if (column > 0) {
      s.append(", column ").append(column);
    }
    return s.toString();
  }
}
