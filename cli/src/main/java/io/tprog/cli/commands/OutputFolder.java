package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that a command can write its output folder, so that a long run does not fail at its end. */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * Passes when {@code folder} is a writable folder, or does not exist and its nearest existing ancestor is a writable
   * folder; otherwise one sentence for the user.
   */
  static void check(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        throw new UserError(folder + " exists and is not a folder; give --out a folder (new or existing).");
      }
      if (!Files.isWritable(absolute)) {
        throw new UserError("cannot write into " + folder + " (permission denied).");
      }
      return;
    }
    Path ancestor = absolute.getParent();
    while (ancestor != null && !Files.exists(ancestor)) {
      ancestor = ancestor.getParent();
    }
    if (ancestor == null || !Files.isDirectory(ancestor)) {
      throw new UserError("cannot create " + folder + ": " + ancestor + " is not a folder.");
    }
    if (!Files.isWritable(ancestor)) {
      throw new UserError("cannot create " + folder + " in " + ancestor + " (permission denied).");
    }
  }
}
