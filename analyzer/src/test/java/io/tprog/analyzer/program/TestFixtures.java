package io.tprog.analyzer.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the project's {@code fixtures/} folder from wherever the tests run, and the programs under it. */
public final class TestFixtures {
  private TestFixtures() {}

  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("fixtures")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir.resolve("fixtures");
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no fixtures/ folder above " + Path.of("").toAbsolutePath());
  }

  /** {@code fixtures/analyzer/<name>/<name>.py}. */
  public static Path analyzer(String name) {
    return root().resolve("analyzer").resolve(name).resolve(name + ".py");
  }

  /** Every {@code .py} file under {@code fixtures/<folder>}, sorted; empty when the folder does not exist. */
  public static List<Path> programs(String folder) throws IOException {
    Path base = root().resolve(folder);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(base)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
  }

  /** Reads a fixture, failing the test when it cannot be read at all. */
  public static ProgramReadResult read(String name) {
    return ProgramReader.read(analyzer(name));
  }
}
