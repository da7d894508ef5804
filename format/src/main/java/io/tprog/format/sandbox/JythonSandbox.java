package io.tprog.format.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs programs in Jython, each call under its {@link Limits}, in worker processes ({@link SandboxWorker}) rather than
 * in the tool's JVM. A worker's heap is its programs' memory limit (plus the interpreter's own), so running out of it
 * is that program's doing and nothing of the tool's; a call that makes no progress within its time limit is ended by
 * killing the worker, which the operating system does whatever the program is doing, with no deprecated thread API.
 * A replacement worker starts at once; a program the worker does not hold (a new worker, or one that let it go to
 * keep its memory) is loaded again on its next call.
 *
 * <p>Workers are kept per memory limit (usually one: {@link Limits#defaults()}), each with one interpreter that
 * serves every program, because starting Jython costs seconds: the first worker starts when the sandbox is made,
 * in the background, and no program's limit is charged for a start.
 */
public final class JythonSandbox implements AutoCloseable {
  private static JythonSandbox shared;

  private final Limits defaultLimits;
  private final Map<Long, SandboxProcess> workers = new HashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private JythonSandbox(Limits limits) {
    this.defaultLimits = limits;
    workers.put(limits.memoryBytes(), SandboxProcess.start(limits.memoryBytes()));
  }

  /** The sandbox of this process, made on first use with {@link Limits#defaults()}; its workers end with the JVM. */
  public static synchronized JythonSandbox shared() {
    if (shared == null) {
      JythonSandbox made = new JythonSandbox(Limits.defaults());
      Runtime.getRuntime().addShutdownHook(new Thread(made::close, "tprog-sandbox-shutdown"));
      shared = made;
    }
    return shared;
  }

  /** A sandbox of its own, with its own worker processes (close it when done); most callers want {@link #shared()}. */
  public static JythonSandbox create(Limits limits) {
    return new JythonSandbox(limits);
  }

  /** Starts the worker for these limits if there is none and waits until it is ready (tests time calls after it). */
  synchronized void awaitWorker(Limits limits) {
    worker(limits.memoryBytes()).awaitReadyOnce();
  }

  /** Ends every worker process of this sandbox. */
  @Override
  public synchronized void close() {
    workers.values().forEach(SandboxProcess::kill);
    workers.clear();
  }

  /** The limits programs get unless {@link #load(Path, String, Limits)} says otherwise. */
  public Limits limits() {
    return defaultLimits;
  }

  /**
   * Checks the source against the allowlist, then compiles and runs its module code under the limits (it defines the
   * helpers and reads the weights). Its {@code __main__} block does not run.
   */
  public SandboxedProgram load(Path file, String source) {
    return load(file, source, defaultLimits);
  }

  /** {@link #load(Path, String)} with limits of its own for this program. */
  public SandboxedProgram load(Path file, String source, Limits programLimits) {
    Path absolute = file.toAbsolutePath().normalize();
    Allowlist.check(absolute, source);
    SandboxedProgram program = new SandboxedProgram(this, ids.incrementAndGet(), absolute, source, programLimits);
    program.ensureLoaded();
    return program;
  }

  /** The worker for a memory limit, started (and waited for) when there is none or the last one died. */
  synchronized SandboxProcess worker(long memoryBytes) {
    SandboxProcess w = workers.get(memoryBytes);
    if (w == null || !w.alive()) {
      w = SandboxProcess.start(memoryBytes);
      workers.put(memoryBytes, w);
    }
    return w;
  }

  /**
   * Sends one request for {@code program} and waits for its answer, allowing each input {@code limits.time()}
   * between progress reports. Python errors become {@link ProgramError}s, a call over its limits
   * {@link ExecutionStopped}; returns null when the worker no longer holds the program.
   */
  synchronized Answer call(Path program, Limits limits, int op, int id, SandboxProcess.Request fields) {
    SandboxProcess w = worker(limits.memoryBytes());
    if (!w.awaitReadyOnce()) {
      throw new IllegalStateException("the sandbox process did not start: " + w.stderrTail());
    }
    try {
      w.send(op, id, fields);
    } catch (IOException e) {
      return died(program, limits, w);
    }
    while (true) {
      SandboxProcess.Message m = w.next(limits.time());
      if (m == null) {
        replace(w);
        throw stopped(program, ExecutionStopped.Reason.TIME, limits);
      }
      switch (m.kind()) {
        case SandboxWorker.PROGRESS -> { }
        case SandboxWorker.RESULT -> {
          return new Answer(true, m.value());
        }
        case SandboxWorker.NOT_LOADED -> {
          return new Answer(false, null);
        }
        case SandboxWorker.ERROR -> throw new ProgramError(m.text(), m.detail());
        case SandboxWorker.STOPPED -> throw stopped(program, ExecutionStopped.Reason.valueOf(m.text()), limits);
        case SandboxWorker.INTERNAL -> throw new IllegalStateException("the sandbox failed on " + program + ": " + m.text());
        default -> {
          return died(program, limits, w);
        }
      }
    }
  }

  /** What a worker answered: {@code loaded} is false when it did not hold the program. */
  record Answer(boolean loaded, Object value) {}

  private Answer died(Path program, Limits limits, SandboxProcess w) {
    int exit = w.exitCode();
    String tail = w.stderrTail();
    replace(w);
    if (exit == SandboxWorker.OVER_MEMORY_EXIT || tail.contains("OutOfMemoryError")) {
      throw stopped(program, ExecutionStopped.Reason.MEMORY, limits);
    }
    throw new IllegalStateException("the sandbox process running " + program + " ended unexpectedly (exit " + exit + ")"
        + (tail.isEmpty() ? "" : ": " + tail.lines().reduce((a, b) -> b).orElse("")));
  }

  /** Kills a worker and starts its replacement at once, so it warms up while the caller reports the stop. */
  private void replace(SandboxProcess w) {
    w.kill();
    workers.put(w.memoryBytes(), SandboxProcess.start(w.memoryBytes()));
  }

  static ExecutionStopped stopped(Path program, ExecutionStopped.Reason reason, Limits limits) {
    return switch (reason) {
      case TIME -> new ExecutionStopped(reason, program + " was stopped: it ran for more than " + seconds(limits.time()) + " without finishing an input");
      case MEMORY -> new ExecutionStopped(reason, program + " was stopped: it held more than " + (limits.memoryBytes() >> 20) + " MiB of memory");
      case RECURSION -> new ExecutionStopped(reason, program + " was stopped: it nested calls deeper than " + limits.recursionDepth());
    };
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
