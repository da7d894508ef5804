package io.tprog.analyzer.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a program's files (its source, its weights) and the reports about it so that no reader ever sees half of
 * one, readable by everyone who can read the folder.
 */
public final class ProgramFiles {
  private ProgramFiles() {}

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
