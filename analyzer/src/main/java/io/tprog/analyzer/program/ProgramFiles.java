package io.tprog.analyzer.program;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Function;

/**
 * Writes a program's files (its source, its weights) and the reports about it so that no reader ever sees half of
 * one, readable by everyone who can read the folder; and reads a program's files, saying in one sentence why one
 * cannot be read.
 */
public final class ProgramFiles {
  private ProgramFiles() {}

  /** How a file is read: as text, as lines. */
  @FunctionalInterface
  interface Reading<T> {
    T read(Path file) throws IOException;
  }

  /**
   * Reads a program's file (the program, its weights, its embeddings table) with {@code reading}; when it cannot,
   * throws {@code failure} of one sentence naming it: "{@code <what>} file F does not exist", "... is not UTF-8 text"
   * or "... cannot be read: <reason>".
   */
  static <T> T read(Path file, String what, Reading<T> reading, Function<String, ? extends RuntimeException> failure) {
    try {
      return reading.read(file);
    } catch (NoSuchFileException e) {
      throw failure.apply(what + " file " + file + " does not exist");
    } catch (MalformedInputException e) {
      throw failure.apply(what + " file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw failure.apply(what + " file " + file + " cannot be read: " + e.getMessage());
    }
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then renames it over {@code target}. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // A temporary file starts private and a rename keeps the mode; a program is meant to be read like any file.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
