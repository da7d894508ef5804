package io.tprog.analyzer.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PyTuple;

/** A program loaded into the sandbox: its {@code run(tokens)} called under the sandbox's limits. */
public final class SandboxedProgram {
  /**
   * Trusted helper (it runs with full builtins, out of the program's reach): calls run under sys.settrace, records
   * the order in which run's locals first appear and their final values, and which lines of the file executed.
   */
  private static final String CAPTURE_SOURCE =
      """
      import sys

      def capture(run, tokens, path):
          code = run.func_code
          order = []
          seen = set()
          final = {}
          lines = set()

          def note_locals(frame):
              fresh = sorted(n for n in frame.f_locals if n not in seen)
              for n in fresh:
                  seen.add(n)
                  order.append(n)

          def in_run(frame, event, arg):
              if event == 'line':
                  lines.add(frame.f_lineno)
                  note_locals(frame)
              elif event == 'return':
                  note_locals(frame)
                  final.update(frame.f_locals)
              return in_run

          def in_helper(frame, event, arg):
              if event == 'line':
                  lines.add(frame.f_lineno)
              return in_helper

          def on_call(frame, event, arg):
              if frame.f_code is code:
                  return in_run
              if frame.f_code.co_filename == path:
                  return in_helper
              return None

          sys.settrace(on_call)
          try:
              result = run(tokens)
          finally:
              sys.settrace(None)
          names = [n for n in order if isinstance(final.get(n), list)]
          return result, names, [final[n] for n in names], sorted(lines)
      """;

  private static PyObject capture;

  private final JythonSandbox sandbox;
  private final Path file;
  private final Limits limits;
  private final PyStringMap globals;
  private final PyObject run;

  SandboxedProgram(JythonSandbox sandbox, Path file, Limits limits, PyStringMap globals, PyObject run) {
    this.sandbox = sandbox;
    this.file = file;
    this.limits = limits;
    this.globals = globals;
    this.run = run;
  }

  public Path file() {
    return file;
  }

  /**
   * Sets a module global of the program to a frozenset of strings (trusted callers use it to switch behaviour a
   * rewrite of the program reads, such as which components are ablated, without compiling it again).
   */
  public void setStrings(String global, java.util.Collection<String> values) {
    globals.__setitem__(global, new org.python.core.PyFrozenSet(JythonSandbox.strings(List.copyOf(values))));
  }

  /** The predictions of {@code run} for one input. */
  public List<String> predict(List<String> tokens) {
    return predictAll(List.of(tokens)).get(0);
  }

  /** The predictions for many inputs in one sandboxed call; the time limit applies to each input. */
  public List<List<String>> predictAll(List<List<String>> inputs) {
    return sandbox.execute(
        file,
        limits,
        () -> {
          List<List<String>> out = new ArrayList<>(inputs.size());
          for (List<String> tokens : inputs) {
            sandbox.progress();
            out.add(labels(run.__call__(JythonSandbox.strings(tokens)), tokens));
          }
          return out;
        });
  }

  /** Every variable of {@code run} for one input, with the lines that executed. */
  public RunCapture capture(List<String> tokens) {
    return captureAll(List.of(tokens)).get(0);
  }

  /** {@link #capture} for many inputs in one sandboxed call. */
  public List<RunCapture> captureAll(List<List<String>> inputs) {
    return sandbox.execute(
        file,
        limits,
        () -> {
          PyObject helper = captureHelper();
          List<RunCapture> out = new ArrayList<>(inputs.size());
          for (List<String> tokens : inputs) {
            sandbox.progress();
            PyObject r = helper.__call__(run, JythonSandbox.strings(tokens), Py.newStringOrUnicode(file.toString()));
            out.add(toCapture((PyTuple) r, tokens));
          }
          return out;
        });
  }

  private RunCapture toCapture(PyTuple r, List<String> tokens) {
    List<String> predictions = labels(r.__getitem__(0), tokens);
    List<String> order = new ArrayList<>();
    Map<String, Object> values = new HashMap<>();
    PyObject names = r.__getitem__(1);
    PyObject vals = r.__getitem__(2);
    for (int i = 0; i < names.__len__(); i++) {
      String name = names.__getitem__(i).toString();
      order.add(name);
      values.put(name, PythonValues.toJava(vals.__getitem__(i)));
    }
    SortedSet<Integer> lines = new TreeSet<>();
    for (PyObject l : r.__getitem__(3).asIterable()) {
      lines.add(l.asInt());
    }
    return new RunCapture(order, values, predictions, lines);
  }

  private List<String> labels(PyObject result, List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (PyObject v : result.asIterable()) {
      out.add(PythonValues.label(v));
    }
    if (out.size() != tokens.size()) {
      throw new ProgramError("ValueError", file + ": run returned " + out.size() + " predictions for " + tokens.size() + " tokens");
    }
    return out;
  }

  static synchronized PyObject captureHelper() {
    if (capture == null) {
      PyStringMap trusted = new PyStringMap();
      trusted.__setitem__("__name__", Py.newString("tprog_capture"));
      PyCode code = Py.compile_flags(CAPTURE_SOURCE, "<tprog capture>", CompileMode.exec, new CompilerFlags());
      Py.runCode(code, trusted, trusted);
      capture = trusted.__finditem__("capture");
    }
    return capture;
  }
}
