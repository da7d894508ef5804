package io.tprog.format.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyFrozenSet;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.core.PyTraceback;
import org.python.core.PyTuple;
import org.python.util.PythonInterpreter;

/**
 * One Jython interpreter and the programs loaded into it, inside a {@link SandboxWorker} process. It enforces no
 * time or memory limit itself: the process it lives in has the memory limit as its heap, and the parent kills the
 * process when a call goes over its time. It runs programs in restricted namespaces, sets the recursion limit of
 * each call, and turns what Python raised into {@link ProgramError}s and {@link ExecutionStopped}s naming a line of
 * the program.
 *
 * <p>The interpreter is warmed up when it is made: Jython loads and initialises its compiler's classes and the
 * allowed modules on first use, which takes seconds; the process reports ready only after that, so the cost stays
 * outside the first program's time limit.
 */
final class JythonEngine {
  /** How many programs one process keeps loaded; the parent loads an evicted one again when it calls it. */
  private static final int KEPT_PROGRAMS = 24;

  /** Called after each input of a call, so the parent can restart the call's time limit. */
  interface Progress {
    void inputDone();
  }

  /** A loaded program: its module namespace and its {@code run}. */
  private record Loaded(Path file, PyStringMap globals, PyObject run) {}

  /**
   * Trusted code run once, unlimited, before any program: every construct of the program format (and a few more),
   * the allowed imports, and a traced call, so their classes are initialised before a time limit can interrupt them.
   */
  private static final String WARM_UP =
      """
      from __future__ import division, print_function
      import csv
      import os.path
      import sys

      def _warm(a, b=1, *rest, **named):
          xs = [i * 2 for i in range(4) if i > 0 and not i == 5]
          ys = {1, 2, -3}
          zs = {"a": 1.5, "b": -2, "c": 1e3}
          pair = (a, b)
          total = 0
          for k, v in zip(xs, xs):
              while False:
                  break
              total += k * v - k // 2 + k % 3 + 2 ** 2
              continue
          if a in ys and b not in ys and (a, "x") not in {(0, "y"), (-1, "z"), 2.5, None, True}:
              label = "in"
          elif a == 2 or b < 0 or a >= 7 or b <= 1 or a != b or a > 9:
              label = 'other'
          else:
              label = None
          try:
              number = int("3") + float("2.5") + abs(-1) + len(pair) + max(xs) + min(xs) + sum(xs)
          except (ValueError, KeyError) as error:
              number = 0
          finally:
              pass
          key = lambda item: -item
          ordered = sorted(set(xs), key=key, reverse=True)
          rows = list(csv.reader(["a,b", "1,2"]))
          joined = os.path.join(os.path.dirname("/a/b"), "c")
          words = " ".join(str(w) for w in ordered) + "%d" % total
          return [label, number, rows, joined, words, zs.get("a"), pair[0:1], xs[-1], isinstance(a, int)]

      def _tracer(frame, event, arg):
          return _tracer

      sys.settrace(_tracer)
      try:
          _warm(2, 3)
      finally:
          sys.settrace(None)
      """;

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

  private final PySystemState state;
  private final GuardedImport guardedImport;
  private final Map<Integer, Loaded> programs =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Loaded> eldest) {
          return size() > KEPT_PROGRAMS;
        }
      };
  private PyObject capture;

  /** Starts the interpreter and warms it up (call on the thread that will run every program). */
  JythonEngine() {
    PythonInterpreter.initialize(System.getProperties(), null, new String[0]);
    PythonInterpreter interpreter = new PythonInterpreter();
    this.state = interpreter.getSystemState();
    Py.setSystemState(state);
    PyObject builtins = state.getBuiltins();
    this.guardedImport = new GuardedImport(builtins.__finditem__("__import__"));
    builtins.__setitem__("__import__", guardedImport);
    PyStringMap globals = new PyStringMap();
    globals.__setitem__("__name__", Py.newString("tprog_warm_up"));
    runModule(WARM_UP, "<tprog warm-up>", globals, () -> { });
    PyStringMap trusted = new PyStringMap();
    trusted.__setitem__("__name__", Py.newString("tprog_capture"));
    Py.runCode(Py.compile_flags(CAPTURE_SOURCE, "<tprog capture>", CompileMode.exec, new CompilerFlags()), trusted, trusted);
    this.capture = trusted.__finditem__("capture");
  }

  /** Whether program {@code id} is still loaded. */
  boolean has(int id) {
    return programs.containsKey(id);
  }

  /**
   * Compiles and runs a program's module code (it defines the helpers and reads the weights); its
   * {@code __main__} block does not run. The parent has already checked the source against the allowlist.
   */
  void load(int id, Path file, String source, int recursionDepth, Progress progress) {
    programs.remove(id);
    PyStringMap globals = ProgramNamespace.create(file, guardedImport);
    guarded(file, recursionDepth, () -> {
      runModule(source, file.toString(), globals, progress);
      return null;
    });
    PyObject run = globals.__finditem__("run");
    if (run == null || !run.isCallable()) {
      throw new ProgramError("NameError", file + " defines no function run(tokens)");
    }
    programs.put(id, new Loaded(file, globals, run));
  }

  /** Sets a module global of a loaded program to a frozenset of strings. */
  void setStrings(int id, String global, List<String> values) {
    program(id).globals().__setitem__(global, new PyFrozenSet(strings(values)));
  }

  /** The predictions of {@code run} for each input. */
  List<List<String>> predictAll(int id, List<List<String>> inputs, int recursionDepth, Progress progress) {
    Loaded p = program(id);
    return guarded(p.file(), recursionDepth, () -> {
      List<List<String>> out = new ArrayList<>(inputs.size());
      for (List<String> tokens : inputs) {
        out.add(labels(p.file(), p.run().__call__(strings(tokens)), tokens));
        progress.inputDone();
      }
      return out;
    });
  }

  /** Every list-valued local of {@code run} for each input, with the lines that executed. */
  List<RunCapture> captureAll(int id, List<List<String>> inputs, int recursionDepth, Progress progress) {
    Loaded p = program(id);
    return guarded(p.file(), recursionDepth, () -> {
      List<RunCapture> out = new ArrayList<>(inputs.size());
      PyObject path = Py.newStringOrUnicode(p.file().toString());
      for (List<String> tokens : inputs) {
        PyTuple r = (PyTuple) capture.__call__(p.run(), strings(tokens), path);
        out.add(toCapture(p.file(), r, tokens));
        progress.inputDone();
      }
      return out;
    });
  }

  private Loaded program(int id) {
    Loaded p = programs.get(id);
    if (p == null) {
      throw new IllegalStateException("program " + id + " is not loaded in this sandbox process");
    }
    return p;
  }

  private interface Body<T> {
    T run();
  }

  private <T> T guarded(Path file, int recursionDepth, Body<T> body) {
    state.setrecursionlimit(recursionDepth);
    try {
      return body.run();
    } catch (StackOverflowError e) {
      throw stop(ExecutionStopped.Reason.RECURSION);
    } catch (PyException e) {
      throw translate(file, e);
    }
  }

  /** How Jython says a function compiles to more bytecode than one JVM method may hold. */
  private static final String JYTHON_TOO_LARGE = "Module or method too large";

  private static RuntimeException translate(Path program, PyException e) {
    Object java = e.value == null ? null : e.value.__tojava__(Throwable.class);
    if (java instanceof OutOfMemoryError) {
      return stop(ExecutionStopped.Reason.MEMORY);
    }
    if (java instanceof StackOverflowError) {
      return stop(ExecutionStopped.Reason.RECURSION);
    }
    String type = pythonType(e);
    String message = e.value == null ? "" : e.value.__str__().toString();
    if (type.equals("RuntimeError") && message.contains("maximum recursion depth")) {
      return stop(ExecutionStopped.Reason.RECURSION);
    }
    if (type.equals("MemoryError")) {
      return stop(ExecutionStopped.Reason.MEMORY);
    }
    if (message.contains(JYTHON_TOO_LARGE)) {
      return new ProgramError(type, program + ": a function is too large for Jython to compile (the JVM limits a method to"
          + " 64 KB of bytecode); run it in CPython instead");
    }
    int line = lineIn(program, e.traceback);
    String where = line > 0 ? program + " line " + line : program.toString();
    return new ProgramError(type, where + ": " + type + (message.isEmpty() ? "" : ": " + message));
  }

  /** A stop whose sentence the parent writes, knowing the call's limits. */
  private static ExecutionStopped stop(ExecutionStopped.Reason reason) {
    return new ExecutionStopped(reason, reason.name());
  }

  private static String pythonType(PyException e) {
    PyObject name = e.type.__findattr__("__name__");
    return name == null ? e.type.toString() : name.toString();
  }

  /** The innermost line of the traceback that lies in the program's own file, or 0. */
  private static int lineIn(Path program, PyTraceback traceback) {
    int line = 0;
    for (PyTraceback tb = traceback; tb != null; tb = tb.tb_next instanceof PyTraceback n ? n : null) {
      if (tb.tb_frame != null && tb.tb_frame.f_code != null && program.toString().equals(tb.tb_frame.f_code.co_filename)) {
        line = tb.tb_lineno;
      }
    }
    return line;
  }

  /** Runs module code with its set literals in place. */
  private static void runModule(String source, String filename, PyStringMap globals, Progress progress) {
    // Parsing and compiling are the tool's work, not the program's (seconds for a large program on a cold
    // interpreter): progress is reported after each, so the time limit starts again when the module's code runs.
    SetLiterals.Hoisted hoisted = SetLiterals.hoist(source, filename);
    progress.inputDone();
    PyCode code = Py.compile_flags(hoisted.text(), filename, CompileMode.exec, new CompilerFlags());
    progress.inputDone();
    globals.__setitem__(SetLiterals.GLOBAL, hoisted.sets());
    Py.runCode(code, globals, globals);
  }

  private static RunCapture toCapture(Path file, PyTuple r, List<String> tokens) {
    List<String> predictions = labels(file, r.__getitem__(0), tokens);
    List<String> order = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    PyObject names = r.__getitem__(1);
    PyObject vals = r.__getitem__(2);
    for (int i = 0; i < names.__len__(); i++) {
      String name = names.__getitem__(i).toString();
      order.add(name);
      values.put(name, PythonValues.toJava(vals.__getitem__(i)));
    }
    java.util.SortedSet<Integer> lines = new java.util.TreeSet<>();
    for (PyObject l : r.__getitem__(3).asIterable()) {
      lines.add(l.asInt());
    }
    return new RunCapture(order, values, predictions, lines);
  }

  private static List<String> labels(Path file, PyObject result, List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (PyObject v : result.asIterable()) {
      out.add(PythonValues.label(v));
    }
    if (out.size() != tokens.size()) {
      throw new ProgramError("ValueError", file + ": run returned " + out.size() + " predictions for " + tokens.size() + " tokens");
    }
    return out;
  }

  /** Makes a Python string list from Java strings, for arguments of {@code run}. */
  static PyObject strings(List<String> values) {
    PyObject[] items = new PyObject[values.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = Py.newStringOrUnicode(values.get(i));
    }
    return new org.python.core.PyList(items);
  }
}
