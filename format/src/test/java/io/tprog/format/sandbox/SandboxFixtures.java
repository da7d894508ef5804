package io.tprog.format.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's shipped fixtures, seen from this module's folder (where surefire runs the tests). */
final class SandboxFixtures {
  private SandboxFixtures() {}

  /** {@code fixtures/<relative>} of the repository; fails the test when it is missing. */
  static Path path(String relative) {
    Path fixture = Path.of("..", "fixtures").resolve(relative).toAbsolutePath().normalize();
    if (!Files.exists(fixture)) {
      throw new IllegalStateException("fixture not found: " + fixture);
    }
    return fixture;
  }
}
