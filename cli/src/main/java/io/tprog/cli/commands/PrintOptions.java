package io.tprog.cli.commands;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --json} and {@code --no-progress}, as every command that runs a program over many inputs takes them (a
 * picocli mixin), and the two steps such a command takes with them: running under a progress bar, and printing its
 * result as JSON or as text.
 */
final class PrintOptions {
  @Option(names = "--json", description = "Print the result as JSON (standard output then holds the JSON only).")
  boolean json;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  /** Work that reports its progress. */
  interface Work<T> {
    T run(ProgressBars bars) throws Exception;
  }

  /** Runs {@code work} with a progress bar on standard error, none with {@code --no-progress} (or without a terminal). */
  <T> T withProgress(Work<T> work) throws Exception {
    try (ProgressBars bars = ProgressBars.unless(noProgress)) {
      return work.run(bars);
    }
  }

  /** Prints {@code value} as indented JSON with {@code --json}, otherwise what {@code text} writes; then flushes. */
  void print(PrintWriter out, Object value, Consumer<PrintWriter> text) throws Exception {
    if (json) {
      out.println(EvalCommand.json().writeValueAsString(value));
    } else {
      text.accept(out);
    }
    out.flush();
  }
}
