package io.tprog.cli.commands;

import io.tprog.analyzer.data.Example;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --data FILE.jsonl --split NAME}: the examples a command runs the program on (a picocli mixin). */
final class DataOptions {
  @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "The examples: one {\"tokens\": [...], \"labels\": [...]} a line.")
  Path data;

  @Option(names = "--split", paramLabel = "NAME", description = "Use only the examples of this split (default: all).")
  String split;

  /** The examples of the file (of its split, when one is given). */
  List<Example> examples() {
    return EvalCommand.examples(data, split);
  }
}
