package io.tprog.learner.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PySequence;
import org.python.core.PyString;
import org.python.core.PyTraceback;
import org.python.core.PyType;
import org.python.util.PythonInterpreter;

/**
 * Runs an emitted program on many inputs: in Jython inside this JVM (one interpreter per process, because starting
 * one costs seconds; the program is loaded once, its constant set literals built once, and {@code run} called per
 * input), or in one CPython subprocess that
 * reads the inputs as JSON lines on standard input and writes the predictions the same way. Each input's result is
 * its list of labels (a pooled program: its class at position 0, <pad> elsewhere).
 */
public final class ProgramRunner {
  /**
   * Loads a program as a module object from its prepared source ({@link JythonSource}), without registering it or
   * writing compiled files beside it.
   */
  private static final String JYTHON_LOADER =
      """
      import ast
      import imp
      def tprog_load_program(name, path, source, literals):
          module = imp.new_module(name)
          module.__file__ = path
          module.__dict__["%s"] = [frozenset(ast.literal_eval(text)) for text in literals]
          exec(compile(source, path, "exec"), module.__dict__)
          return module
      """.formatted(JythonSource.LITERALS);

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

  /** How Jython says a function compiles to more bytecode than one JVM method may hold. */
  private static final String JYTHON_TOO_LARGE = "Module or method too large";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static PythonInterpreter interpreter;
  private static int loaded;

  private ProgramRunner() {}

  /** Runs the program at {@code program} on every input in Jython, in input order. */
  public static List<List<String>> runJython(Path program, List<List<String>> inputs) {
    synchronized (ProgramRunner.class) {
      PythonInterpreter python = interpreter();
      JythonSource.Prepared source;
      try {
        source = JythonSource.prepare(Files.readString(program, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ProgramRunException("The program " + program + " cannot be read: " + e.getMessage(), e);
      }
      PyList literals = new PyList();
      source.literals().forEach(text -> literals.append(Py.newStringOrUnicode(text)));
      PyObject module;
      try {
        module = python.get("tprog_load_program").__call__(new PyObject[] {
            new PyString("tprog_program_" + loaded++), Py.newStringOrUnicode(program.toAbsolutePath().toString()),
            Py.newStringOrUnicode(source.text()), literals});
      } catch (PyException e) {
        if (e.toString().contains(JYTHON_TOO_LARGE)) {
          throw new ProgramRunException("The program " + program + " has a function too large for Jython to compile (the"
              + " JVM limits a method to 64 KB of bytecode); run it in CPython instead.", e);
        }
        throw new ProgramRunException("The program " + program + " could not be loaded in Jython" + describe(e, program), e);
      }
      PyObject run = module.__findattr__("run");
      if (run == null) {
        throw new ProgramRunException("The program " + program + " defines no run(tokens) function.");
      }
      List<List<String>> results = new ArrayList<>(inputs.size());
      for (List<String> tokens : inputs) {
        PyList argument = new PyList();
        for (String token : tokens) {
          argument.append(Py.newStringOrUnicode(token));
        }
        try {
          results.add(labels(run.__call__(argument)));
        } catch (PyException e) {
          throw new ProgramRunException(
              "The program " + program + " failed in Jython on " + tokens + describe(e, program), e);
        }
      }
      return results;
    }
  }

  private static PythonInterpreter interpreter() {
    if (interpreter == null) {
      Properties properties = new Properties();
      properties.setProperty("python.import.site", "false");
      properties.setProperty("python.cachedir.skip", "true");
      properties.setProperty("python.console.encoding", "UTF-8");
      PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
      interpreter = new PythonInterpreter();
      interpreter.exec(JYTHON_LOADER);
    }
    return interpreter;
  }

  private static List<String> labels(PyObject result) {
    if (result instanceof PyString) {
      return List.of(result.asString());
    }
    List<String> labels = new ArrayList<>();
    for (PyObject item : ((PySequence) result).asIterable()) {
      labels.add(item.asString());
    }
    return labels;
  }

  /** {@code " at line N: Type: message"}, the line being the deepest frame inside the program file. */
  private static String describe(PyException e, Path program) {
    String file = program.toAbsolutePath().toString();
    int line = -1;
    for (PyObject frame = e.traceback; frame instanceof PyTraceback traceback; frame = traceback.tb_next) {
      if (traceback.tb_frame != null && file.equals(traceback.tb_frame.f_code.co_filename)) {
        line = traceback.tb_lineno;
      }
    }
    String type = e.type instanceof PyType pyType ? pyType.getName() : String.valueOf(e.type);
    String message = e.value == null ? "" : e.value.toString();
    if (message.contains(JYTHON_TOO_LARGE) || message.isBlank()) {
      message = message.lines().findFirst().orElse("");
    }
    return (line > 0 ? " at line " + line : "") + ": " + type + (message.isBlank() ? "" : ": " + message) + ".";
  }

  /** The same for CPython's standard error: the deepest program line of the traceback, then its last line. */
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
