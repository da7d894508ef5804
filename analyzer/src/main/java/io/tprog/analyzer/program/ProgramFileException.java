package io.tprog.analyzer.program;

/** A program file that cannot be read at all (missing, unreadable, not UTF-8); the message names the file. */
public class ProgramFileException extends RuntimeException {
  public ProgramFileException(String sentence) {
    super(sentence);
  }
}
