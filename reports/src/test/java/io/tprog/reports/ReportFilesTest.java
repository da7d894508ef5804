package io.tprog.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @Test
  void replacesTheFileWholeLeavesNoTemporaryFileAndIsReadableByAll(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("new/folder");
    ReportFiles.writeText(folder, "report.md", "first version, longer\n");
    Path written = ReportFiles.writeText(folder, "report.md", "second\n");
    assertEquals("second\n", Files.readString(written));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("report.md"), files.map(f -> f.getFileName().toString()).toList());
    }
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
  }
}
