package io.tprog.format.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads program files into the process's sandbox. */
public final class Programs {
  private Programs() {}

  /** Reads {@code file}, checks it against the allowlist and runs its module code in the shared sandbox. */
  public static SandboxedProgram load(Path file) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ProgramError("IOError", "Program " + file + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read program " + file, e);
    }
    return JythonSandbox.shared().load(file, source);
  }
}
