package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.format.sandbox.Programs;
import io.tprog.format.sandbox.SandboxedProgram;
import io.tprog.cli.UserError;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.JsonlDataset;
import io.tprog.learner.data.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog bench eval}: examples per second running a program in the Jython sandbox, warm, beside CPython. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Examples per second evaluating a program on a dataset: in this process's Jython sandbox (warm: after untimed "
          + "passes) beside CPython running the same file in a subprocess, and their ratio. The fastest timed pass "
          + "counts for each.",
      "By default: fixtures/programs/sort/sort.py on its dataset, regenerated from the seed its metrics.json records."
    })
public final class BenchEvalCommand implements Callable<Integer> {
  /** Runs run() of the program over the inputs in a JSON file; prints the fastest pass's wall seconds. */
  private static final String CPYTHON_TIMER = String.join("\n",
      "import importlib.util, json, sys, time",
      "path, inputs_file, warmup, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])",
      "spec = importlib.util.spec_from_file_location('bench_program', path)",
      "module = importlib.util.module_from_spec(spec)",
      "spec.loader.exec_module(module)",
      "inputs = json.load(open(inputs_file))",
      "def once():",
      "    for tokens in inputs:",
      "        module.run(tokens)",
      "for _ in range(warmup):",
      "    once()",
      "best = float('inf')",
      "for _ in range(rounds):",
      "    start = time.perf_counter()",
      "    once()",
      "    best = min(best, time.perf_counter() - start)",
      "print(best)",
      "");

  @Option(names = "--program", paramLabel = "PROGRAM.py", description = "The program (default: the sort fixture).")
  Path program;

  @Option(names = "--data", paramLabel = "FILE.jsonl", description = "The inputs (default: the fixture's regenerated dataset).")
  Path data;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3000", description = "Use the first N inputs (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Untimed passes first, for both (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed passes; the fastest counts (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "The CPython to compare with (default: ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--json", description = "Print the measurements as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || rounds < 1 || examples < 1) {
      throw new UserError("--warmup must be 0 or more, --rounds and --examples 1 or more", 2);
    }
    Path file = program != null ? program : sortFixture();
    List<List<String>> inputs = inputs(file);
    SandboxedProgram loaded = Programs.load(file);
    for (int i = 0; i < warmup; i++) {
      loaded.predictAll(inputs);
    }
    double jython = Double.POSITIVE_INFINITY;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      loaded.predictAll(inputs);
      jython = Math.min(jython, (System.nanoTime() - start) / 1e9);
    }
    Double cpython = cpython(file, inputs);
    double jythonRate = inputs.size() / jython;
    Double cpythonRate = cpython == null ? null : inputs.size() / cpython;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = EvalCommand.json().createObjectNode();
      node.put("program", file.toString());
      node.put("examples", inputs.size());
      node.put("warmup", warmup);
      node.put("rounds", rounds);
      node.put("jython_examples_per_second", jythonRate);
      if (cpythonRate != null) {
        node.put("cpython_examples_per_second", cpythonRate);
        node.put("jython_time_over_cpython", jython / cpython);
      } else {
        node.putNull("cpython_examples_per_second");
      }
      out.println(EvalCommand.json().writeValueAsString(node));
    } else {
      out.printf(Locale.ROOT, "%s, %d inputs, fastest of %d passes after %d untimed%n", file, inputs.size(), rounds, warmup);
      out.printf(Locale.ROOT, "%-26s %,12.0f examples/s%n", "Jython sandbox (warm)", jythonRate);
      if (cpythonRate != null) {
        out.printf(Locale.ROOT, "%-26s %,12.0f examples/s%n", "CPython " + python, cpythonRate);
        out.printf(Locale.ROOT, "Jython takes %.2fx CPython's time%n", jython / cpython);
      } else {
        out.printf("CPython: %s is not available; no comparison%n", python);
      }
    }
    out.flush();
    return 0;
  }

  private List<List<String>> inputs(Path file) throws IOException {
    List<Example> all;
    if (data != null) {
      all = Dataset.read(data).examples();
    } else {
      Path metrics = file.resolveSibling("metrics.json");
      if (!Files.exists(metrics)) {
        throw new UserError("give --data: there is no metrics.json beside " + file + " to regenerate its dataset from", 2);
      }
      Path tmp = Files.createTempFile("tprog-bench-eval", ".jsonl");
      try {
        JsonlDataset.write(tmp, fixtureDataset(metrics));
        all = Dataset.read(tmp).examples();
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    List<List<String>> inputs = new ArrayList<>();
    for (Example e : all.subList(0, Math.min(examples, all.size()))) {
      inputs.add(e.tokens());
    }
    if (inputs.isEmpty()) {
      throw new UserError("there are no inputs to evaluate", 2);
    }
    return inputs;
  }

  /**
   * The dataset a fixture program was trained on, generated again from the task, seed and size its metrics.json
   * records.
   */
  static io.tprog.learner.data.Dataset fixtureDataset(Path metrics) throws IOException {
    var dataset = EvalCommand.json().readTree(metrics.toFile()).get("dataset");
    Task task = Task.fromId(dataset.get("name").asText());
    var spec = task.defaults().withSeed(dataset.get("seed").asLong()).withSize(dataset.get("size_before_deduplication").asInt());
    return Datasets.generate(task, spec);
  }

  /** The fastest pass's seconds in CPython, or null when it cannot be run. */
  private Double cpython(Path file, List<List<String>> inputs) throws IOException, InterruptedException {
    Path inputsFile = Files.createTempFile("tprog-bench-eval", ".json");
    try {
      Files.writeString(inputsFile, EvalCommand.json().writeValueAsString(inputs), StandardCharsets.UTF_8);
      Process p;
      try {
        p = new ProcessBuilder(python, "-c", CPYTHON_TIMER, file.toAbsolutePath().toString(), inputsFile.toString(),
                Integer.toString(warmup), Integer.toString(rounds))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
      } catch (IOException e) {
        return null;
      }
      String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() != 0 || printed.isEmpty()) {
        throw new UserError(python + " failed to run " + file + " (exit code " + p.exitValue() + ")", 3);
      }
      return Double.parseDouble(printed);
    } finally {
      Files.deleteIfExists(inputsFile);
    }
  }

  /** fixtures/programs/sort/sort.py above the working directory or the jar. */
  private static Path sortFixture() {
    List<Path> starts = new ArrayList<>(Arrays.asList(Path.of("").toAbsolutePath()));
    try {
      starts.add(Path.of(BenchEvalCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
    } catch (Exception ignored) {
      // the working directory alone
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("fixtures/programs/sort/sort.py");
        if (Files.exists(candidate)) {
          return candidate;
        }
      }
    }
    throw new UserError("cannot find fixtures/programs/sort/sort.py from here; give --program and --data", 2);
  }
}
