package io.tprog.reports;

import io.tprog.analyzer.program.ProgramFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes report files atomically: a temporary file in the same folder, then a rename, so no reader sees half a file. */
public final class ReportFiles {
  private ReportFiles() {}

  /** Writes UTF-8 text to {@code folder/name}, creating the folder; returns the file written. */
  public static Path writeText(Path folder, String name, String text) {
    return writeBytes(folder, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes to {@code folder/name}, creating the folder; returns the file written. */
  public static Path writeBytes(Path folder, String name, byte[] bytes) {
    Path target = folder.resolve(name);
    try {
      Files.createDirectories(folder);
      ProgramFiles.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report file " + target + ": " + e.getMessage(), e);
    }
    return target;
  }
}
