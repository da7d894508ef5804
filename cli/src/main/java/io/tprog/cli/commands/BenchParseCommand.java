package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.grammar.PythonParser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog bench parse}: Lines per second parsing the Python standard library, warm, beside CPython's ast.parse. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Lines per second parsing the Python standard library, warm, beside CPython's ast.parse.")
public final class BenchParseCommand implements Callable<Integer> {
  /** Times ast.parse over the files named on stdin, the same way the Java side is timed; prints wall and CPU seconds. */
  private static final String CPYTHON_TIMER = String.join("\n",
      "import ast, sys, time",
      "warmup, rounds = int(sys.argv[1]), int(sys.argv[2])",
      "sources = [open(p, 'rb').read() for p in sys.stdin.read().splitlines()]",
      "def once():",
      "    for s in sources:",
      "        try:",
      "            ast.parse(s)",
      "        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):",
      "            pass",
      "for _ in range(warmup):",
      "    once()",
      "best_wall = best_cpu = float('inf')",
      "for _ in range(rounds):",
      "    wall, cpu = time.perf_counter(), time.process_time()",
      "    once()",
      "    best_wall = min(best_wall, time.perf_counter() - wall)",
      "    best_cpu = min(best_cpu, time.process_time() - cpu)",
      "print(best_wall, best_cpu)",
      "");

  @Spec CommandSpec spec;

  @Option(names = "--stdlib", paramLabel = "DIR",
      description = "Parse the .py files under DIR instead of the standard library python3 reports.")
  Path stdlib;

  @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3",
      description = "The CPython to compare with (default: ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
      description = "Untimed passes over all files first, for both parsers (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Timed passes; the fastest counts (default: ${DEFAULT-VALUE}).")
  int rounds;

  record Timing(double wallSeconds, double cpuSeconds) {}

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || rounds < 1) {
      throw new UserError("--warmup must be 0 or more and --rounds 1 or more.", 2);
    }
    Path dir = stdlib != null ? stdlib : standardLibrary();
    List<Path> files = pythonFiles(dir);
    if (files.isEmpty()) {
      throw new UserError("There are no .py files under " + dir + ".", 2);
    }
    List<byte[]> sources = new ArrayList<>(files.size());
    long lines = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      sources.add(bytes);
      for (byte b : bytes) {
        if (b == '\n') {
          lines++;
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Parsing %d files, %,d lines, under %s (%d warm-up and %d timed passes each).%n",
        files.size(), lines, dir, warmup, rounds);
    out.flush();
    Timing ours = timeOurs(files, sources);
    Timing cpython = timeCpython(files);
    out.printf(Locale.ROOT, "%-22s %16s %16s%n", "parser", "lines/s (wall)", "lines/s (CPU)");
    out.printf(Locale.ROOT, "%-22s %,16.0f %,16.0f%n", "tprog (warm JVM)", lines / ours.wallSeconds(),
        lines / ours.cpuSeconds());
    out.printf(Locale.ROOT, "%-22s %,16.0f %,16.0f%n", "CPython ast.parse", lines / cpython.wallSeconds(),
        lines / cpython.cpuSeconds());
    out.printf(Locale.ROOT, "tprog takes %.2fx CPython's time by wall clock and %.2fx by CPU time.%n",
        ours.wallSeconds() / cpython.wallSeconds(), ours.cpuSeconds() / cpython.cpuSeconds());
    out.flush();
    return 0;
  }

  private Timing timeOurs(List<Path> files, List<byte[]> sources) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmup; i++) {
      parseAll(files, sources);
    }
    double bestWall = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      parseAll(files, sources);
      bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e9);
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
    return new Timing(bestWall, bestCpu);
  }

  private static void parseAll(List<Path> files, List<byte[]> sources) {
    for (int i = 0; i < sources.size(); i++) {
      PythonParser.parse(sources.get(i), files.get(i).toString());
    }
  }

  private Timing timeCpython(List<Path> files) throws IOException, InterruptedException {
    Process process = start(python, "-c", CPYTHON_TIMER, Integer.toString(warmup), Integer.toString(rounds));
    try (Writer names = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
      for (Path f : files) {
        names.write(f + "\n");
      }
    }
    String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    process.waitFor(10, TimeUnit.MINUTES);
    String[] seconds = answer.split("\\s+");
    if (process.exitValue() != 0 || seconds.length != 2) {
      throw new UserError(python + " failed while timing ast.parse (exit code " + process.exitValue() + ").");
    }
    return new Timing(Double.parseDouble(seconds[0]), Double.parseDouble(seconds[1]));
  }

  private Path standardLibrary() throws IOException, InterruptedException {
    Process process = start(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
    String dir = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    process.waitFor(1, TimeUnit.MINUTES);
    if (process.exitValue() != 0 || dir.isEmpty()) {
      throw new UserError(python + " did not report its standard library; pass --stdlib DIR.");
    }
    return Path.of(dir);
  }

  private static Process start(String... command) {
    try {
      return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UserError("Cannot run " + command[0] + " (" + e.getMessage() + "); install Python 3.11 or pass --python EXE.");
    }
  }

  private static List<Path> pythonFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir + " is not a folder.", 2);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> !dir.relativize(p).toString().contains("site-packages"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
