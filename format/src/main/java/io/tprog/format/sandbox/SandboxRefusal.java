package io.tprog.format.sandbox;

import java.nio.file.Path;

/** A program the allowlist refuses; the message names the file, line, column and construct. */
public final class SandboxRefusal extends RuntimeException {
  private final Path file;
  private final int line;
  private final int column;
  private final String construct;

  public SandboxRefusal(Path file, int line, int column, String construct, String why) {
    super(file + " line " + line + " column " + column + ": " + construct + " is not allowed in a program (" + why + ")");
    this.file = file;
    this.line = line;
    this.column = column;
    this.construct = construct;
  }

  /** A source the parser rejects: the sentence says where and why. */
  public SandboxRefusal(Path file, int line, int column, String sentence) {
    super(sentence);
    this.file = file;
    this.line = line;
    this.column = column;
    this.construct = "invalid Python";
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The refused construct as the user wrote it, e.g. {@code import subprocess}. */
  public String construct() {
    return construct;
  }
}
