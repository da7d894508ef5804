package io.tprog.reports;

import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Shipped fixtures, found from any module's working directory, and programs read and analysed from them. */
public final class Fixtures {
  private Fixtures() {}

  /** The repository's {@code fixtures} folder. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("fixtures");
      if (Files.isDirectory(candidate.resolve("dynamic"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("the fixtures folder was not found above " + Path.of("").toAbsolutePath());
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }

  /** A program read from its file, with its analysis. */
  public record Analysed(ProgramReadResult read, StaticReport report) {}

  public static Analysed analyse(Path program) {
    ProgramReadResult read = ProgramReader.read(program);
    return new Analysed(read, StaticAnalyzer.analyze(read));
  }

  /** Copies a program and the files beside it (weights, data) into {@code target}; returns the copied program. */
  public static Path copyProgram(Path program, Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(program.getParent())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target.resolve(program.getFileName());
  }
}
