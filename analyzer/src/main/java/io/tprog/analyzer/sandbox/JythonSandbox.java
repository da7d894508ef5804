package io.tprog.analyzer.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.core.PyTraceback;
import org.python.util.PythonInterpreter;

/**
 * The process's one Jython interpreter (start-up costs one to two seconds, so it is made once and reused) and the
 * worker thread every program runs on. The calling thread watches the worker: a call that makes no progress within
 * the time limit, or whose live heap goes over the memory limit, is stopped, reported as {@link ExecutionStopped},
 * and the interpreter goes on serving the next call.
 *
 * <p>The interpreter is warmed up when it is made, outside any limit: Jython loads and initialises its compiler's
 * classes and the allowed modules on first use, which takes seconds on a loaded machine. Were that first use to run
 * under a program's time limit, stopping it half-way through a class initialiser would leave that class unusable
 * for the rest of the process.
 */
public final class JythonSandbox {
  private static final long WORKER_STACK_BYTES = 64L << 20;
  private static final long POLL_MILLIS = 20;
  private static final long STOP_GRACE_MILLIS = 3000;
  private static JythonSandbox shared;

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

  private final PySystemState state;
  private final Limits defaultLimits;
  private Limits limits;
  private final GuardedImport guardedImport;
  private ExecutorService worker;
  private volatile Thread workerThread;
  private volatile long lastProgressNanos;
  private volatile ExecutionStopped.Reason stopReason;

  private JythonSandbox(Limits limits) {
    this.defaultLimits = limits;
    this.limits = limits;
    PythonInterpreter.initialize(System.getProperties(), null, new String[0]);
    PythonInterpreter interpreter = new PythonInterpreter();
    this.state = interpreter.getSystemState();
    PyObject builtins = state.getBuiltins();
    this.guardedImport = new GuardedImport(builtins.__finditem__("__import__"));
    builtins.__setitem__("__import__", guardedImport);
    this.worker = newWorker();
    warmUp();
  }

  /** Runs {@link #WARM_UP} and prepares the capture helper on the worker thread, with no limit (see the class notes). */
  private void warmUp() {
    Future<Object> done =
        worker.submit(
            () -> {
              Py.setSystemState(state);
              PyStringMap globals = new PyStringMap();
              globals.__setitem__("__name__", Py.newString("tprog_warm_up"));
              runModule(SetLiterals.hoist(WARM_UP, "<tprog warm-up>"), "<tprog warm-up>", globals);
              SandboxedProgram.captureHelper();
              return null;
            });
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the Jython interpreter", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the Jython interpreter failed to start: " + e.getCause(), e.getCause());
    }
  }

  /** The interpreter of this process, made on first use with {@link Limits#defaults()}. */
  public static synchronized JythonSandbox shared() {
    if (shared == null) {
      shared = new JythonSandbox(Limits.defaults());
    }
    return shared;
  }

  /** The limits programs get unless {@link #load(Path, String, Limits)} says otherwise. */
  public Limits limits() {
    return defaultLimits;
  }

  /**
   * Compiles and runs a program's module code under the limits (it defines the helpers and reads the weights),
   * after the allowlist has accepted its source. Its {@code __main__} block does not run.
   */
  public SandboxedProgram load(Path file, String source) {
    return load(file, source, defaultLimits);
  }

  /** {@link #load(Path, String)} with limits of its own for this program. */
  public SandboxedProgram load(Path file, String source, Limits programLimits) {
    Path absolute = file.toAbsolutePath().normalize();
    Allowlist.check(absolute, source);
    SetLiterals.Hoisted hoisted = SetLiterals.hoist(source, absolute.toString());
    PyStringMap globals = ProgramNamespace.create(absolute, guardedImport);
    execute(
        absolute,
        programLimits,
        () -> {
          runModule(hoisted, absolute.toString(), globals);
          return null;
        });
    PyObject run = globals.__finditem__("run");
    if (run == null || !run.isCallable()) {
      throw new ProgramError("NameError", absolute + " defines no function run(tokens)");
    }
    return new SandboxedProgram(this, absolute, programLimits, globals, run);
  }

  /** Runs module code with its set literals in place (call on the worker thread). */
  private static void runModule(SetLiterals.Hoisted hoisted, String filename, PyStringMap globals) {
    globals.__setitem__(SetLiterals.GLOBAL, hoisted.sets());
    PyCode code = Py.compile_flags(hoisted.text(), filename, CompileMode.exec, new CompilerFlags());
    Py.runCode(code, globals, globals);
  }

    /** Tells the watchdog the running call made progress (one example done), so its time limit starts again. */
  void progress() {
    lastProgressNanos = System.nanoTime();
  }

  /**
   * Runs {@code body} on the worker thread under the limits; Python exceptions become {@link ProgramError}s naming
   * a line of {@code program}, a call over its limits becomes {@link ExecutionStopped}.
   */
  synchronized <T> T execute(Path program, Limits callLimits, Callable<T> body) {
    limits = callLimits;
    state.setrecursionlimit(callLimits.recursionDepth());
    stopReason = null;
    progress();
    Future<T> result =
        worker.submit(
            () -> {
              Py.setSystemState(state);
              return body.call();
            });
    while (true) {
      try {
        return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        ExecutionStopped.Reason over = overLimit();
        if (over != null) {
          stop(result, over);
          throw stopped(program, over);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop(result, ExecutionStopped.Reason.TIME);
        throw stopped(program, ExecutionStopped.Reason.TIME);
      } catch (ExecutionException e) {
        throw translate(program, e.getCause());
      }
    }
  }

  private ExecutionStopped.Reason overLimit() {
    if (System.nanoTime() - lastProgressNanos > limits.time().toNanos()) {
      return ExecutionStopped.Reason.TIME;
    }
    if (liveHeapOver(limits.memoryBytes())) {
      return ExecutionStopped.Reason.MEMORY;
    }
    return null;
  }

  /**
   * Heap occupancy is a cheap upper bound of live data (it includes garbage not yet collected); only when it passes
   * the limit is a full collection paid for to measure what is really live, so a program pays at most one collection
   * per {@code limit} bytes it allocates.
   */
  private static boolean liveHeapOver(long limit) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    if (memory.getHeapMemoryUsage().getUsed() <= limit) {
      return false;
    }
    System.gc();
    return memory.getHeapMemoryUsage().getUsed() > limit;
  }

  @SuppressWarnings("removal")
  private void stop(Future<?> running, ExecutionStopped.Reason reason) {
    stopReason = reason;
    long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS);
    while (!running.isDone() && System.nanoTime() < giveUp) {
      Thread t = workerThread;
      if (t != null) {
        t.stop();
      }
      try {
        running.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException e) {
        // keep stopping until the worker has let go of the program
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (!running.isDone()) {
      // The worker would not stop: abandon it, the next call gets a fresh thread.
      worker.shutdownNow();
      worker = newWorker();
    }
  }

  private ExecutionStopped stopped(Path program, ExecutionStopped.Reason reason) {
    return switch (reason) {
      case TIME -> new ExecutionStopped(reason, program + " was stopped: it ran for more than " + seconds(limits.time()) + " without finishing an input");
      case MEMORY -> new ExecutionStopped(reason, program + " was stopped: it held more than " + (limits.memoryBytes() >> 20) + " MiB of memory");
      case RECURSION -> new ExecutionStopped(reason, program + " was stopped: it nested calls deeper than " + limits.recursionDepth());
    };
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private RuntimeException translate(Path program, Throwable t) {
    if (stopReason != null) {
      return stopped(program, stopReason);
    }
    if (t instanceof StackOverflowError) {
      return stopped(program, ExecutionStopped.Reason.RECURSION);
    }
    if (t instanceof OutOfMemoryError) {
      return stopped(program, ExecutionStopped.Reason.MEMORY);
    }
    if (t instanceof RuntimeException r && !(t instanceof PyException)) {
      return r;
    }
    if (!(t instanceof PyException e)) {
      return new IllegalStateException(t);
    }
    Object java = e.value == null ? null : e.value.__tojava__(Throwable.class);
    if (java instanceof OutOfMemoryError) {
      return stopped(program, ExecutionStopped.Reason.MEMORY);
    }
    if (java instanceof StackOverflowError) {
      return stopped(program, ExecutionStopped.Reason.RECURSION);
    }
    String type = pythonType(e);
    String message = e.value == null ? "" : e.value.__str__().toString();
    if (type.equals("RuntimeError") && message.contains("maximum recursion depth")) {
      return stopped(program, ExecutionStopped.Reason.RECURSION);
    }
    if (type.equals("MemoryError")) {
      return stopped(program, ExecutionStopped.Reason.MEMORY);
    }
    int line = lineIn(program, e.traceback);
    String where = line > 0 ? program + " line " + line : program.toString();
    return new ProgramError(type, where + ": " + type + (message.isEmpty() ? "" : ": " + message));
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

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(null, r, "tprog-sandbox", WORKER_STACK_BYTES);
          t.setDaemon(true);
          workerThread = t;
          return t;
        });
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
