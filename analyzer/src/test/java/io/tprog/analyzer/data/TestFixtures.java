package io.tprog.analyzer.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shipped fixtures from any module's working directory. */
public final class TestFixtures {
  private TestFixtures() {}

  /** {@code fixtures/<relative>} of the repository. */
  public static Path path(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("fixtures").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("fixture not found: fixtures/" + relative);
  }
}
