package io.tprog.learner.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.format.sandbox.ExecutionStopped;
import io.tprog.format.sandbox.ProgramError;
import io.tprog.format.sandbox.Programs;
import io.tprog.format.sandbox.SandboxRefusal;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an emitted program on many inputs: in Jython as {@code tprog eval} runs any program, through
 * {@link Programs#load} (the allowlist, the set-literal preparation, a warm worker process under the sandbox's
 * limits; every input in one call), or in one CPython subprocess that reads the inputs as JSON lines on standard input
 * and writes the predictions the same way. Each input's result is its list of labels (a pooled program: its class at
 * position 0, <pad> elsewhere).
 */
public final class ProgramRunner {
  private static final String CPYTHON_DRIVER =
      """
      import importlib.util, json, sys
      spec = importlib.util.spec_from_file_location("tprog_program", sys.argv[1])
      module = importlib.util.module_from_spec(spec)
      spec.loader.exec_module(module)
      for line in sys.stdin:
          if line.strip():
              sys.stdout.write(json.dumps(module.run(json.loads(line))) + "\\n")
              sys.stdout.flush()
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProgramRunner() {}

  /** Runs the program at {@code program} on every input in Jython, in input order. */
  public static List<List<String>> runJython(Path program, List<List<String>> inputs) {
    try {
      return Programs.load(program).predictAll(inputs);
    } catch (SandboxRefusal | ExecutionStopped | ProgramError e) {
      throw new ProgramRunException("The program " + program + " failed in Jython: " + e.getMessage() + ".", e);
    } catch (UncheckedIOException e) {
      throw new ProgramRunException("The program " + program + " cannot be read: " + e.getCause().getMessage(), e);
    }
  }

  /** {@code " at line N: message"}, from CPython's standard error: the deepest program line of the traceback, then its last line. */
  private static String describe(String errors, Path program) {
    Matcher frame = Pattern.compile("File \"" + Pattern.quote(program.toAbsolutePath().toString()) + "\", line (\\d+)")
        .matcher(errors);
    String line = null;
    while (frame.find()) {
      line = frame.group(1);
    }
    List<String> lines = errors.strip().lines().toList();
    String last = lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
    return (line != null ? " at line " + line : "") + ": " + last + ".";
  }

  /** Whether a {@code python3} executable is on the PATH. */
  public static boolean cpythonAvailable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "python3"))) {
        return true;
      }
    }
    return false;
  }

  /** Runs the program at {@code program} on every input in one {@code python3} process, in input order. */
  public static List<List<String>> runCPython(Path program, List<List<String>> inputs) throws IOException {
    Process process = new ProcessBuilder("python3", "-I", "-B", "-c", CPYTHON_DRIVER, program.toAbsolutePath().toString())
        .start();
    AtomicReference<IOException> writeFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
        for (List<String> tokens : inputs) {
          out.write(JSON.writeValueAsString(tokens));
          out.write('\n');
        }
      } catch (IOException e) {
        writeFailure.set(e);
      }
    }, "tprog-cpython-input");
    StringBuilder errors = new StringBuilder();
    Thread errorReader = new Thread(() -> drain(process.getErrorStream(), errors), "tprog-cpython-errors");
    writer.start();
    errorReader.start();
    List<List<String>> results = new ArrayList<>(inputs.size());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        results.add(parseLabels(line));
      }
      process.waitFor(60, TimeUnit.SECONDS);
      writer.join();
      errorReader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("Interrupted while running " + program + " in CPython.", e);
    }
    if (process.isAlive() || process.exitValue() != 0 || results.size() != inputs.size()) {
      process.destroyForcibly();
      String failed = results.size() < inputs.size() ? " on " + inputs.get(results.size()) : "";
      throw new ProgramRunException(
          "The program " + program + " failed in CPython" + failed + describe(errors.toString(), program));
    }
    if (writeFailure.get() != null) {
      throw writeFailure.get();
    }
    return results;
  }

  private static List<String> parseLabels(String line) {
    try {
      Object value = JSON.readValue(line, Object.class);
      if (value instanceof List<?> list) {
        return list.stream().map(String::valueOf).toList();
      }
      return List.of(String.valueOf(value));
    } catch (JsonProcessingException e) {
      throw new ProgramRunException("CPython answered a line that is not JSON: " + line, e);
    }
  }

  private static void drain(InputStream stream, StringBuilder sink) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (sink) {
          sink.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
