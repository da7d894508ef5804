package io.tprog.cli.commands;

import io.tprog.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code tprog} in-process and keeps what it printed; finds the shipped fixtures. */
public record CommandRun(int exit, String out, String err) {
  public static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandRun(exit, out.toString(), err.toString());
  }

  public static String fixture(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("fixtures").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException("fixture not found: fixtures/" + relative);
  }
}
