package io.tprog.cli.commands;

import picocli.CommandLine.Option;

/** {@code --json} and {@code --no-progress}, as every command that runs a program over many inputs takes them (a picocli mixin). */
final class PrintOptions {
  @Option(names = "--json", description = "Print the result as JSON (standard output then holds the JSON only).")
  boolean json;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;
}
