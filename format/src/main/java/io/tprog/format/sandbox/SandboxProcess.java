package io.tprog.format.sandbox;

import io.tprog.grammar.PythonParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.Lexer;
import org.python.util.PythonInterpreter;

/**
 * One {@link SandboxWorker} process seen from the tool: started with a heap of the memory limit plus the
 * interpreter's own, asked one request at a time, and killed (the operating system ends it and frees all it held)
 * when a call makes no progress within its time limit. A reader thread turns the process's answers into messages, so
 * waiting for one can time out.
 */
final class SandboxProcess {
  /**
   * Heap above the programs' memory limit: Jython itself and the programs' tables, and room for the worker's watch
   * to see the limit passed and end the process before the collector thrashes near a full heap.
   */
  static final long INTERPRETER_HEAP_BYTES = 256L << 20;
  /** Jython's start and warm-up in a new process take seconds on a loaded machine; no program is charged for it. */
  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  private static final int STDERR_KEPT = 4000;

  /** One answer of the worker: its kind and what came with it. */
  record Message(int kind, Object value, String text, String detail) {}

  private static final Message DIED = new Message(-1, null, null, null);

  private final Process process;
  private final DataOutputStream out;
  private final BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
  private final StringBuilder stderr = new StringBuilder();
  private final long memoryBytes;
  private boolean ready;

  private SandboxProcess(Process process, long memoryBytes) {
    this.process = process;
    this.memoryBytes = memoryBytes;
    this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    Thread reader = new Thread(this::read, "tprog-sandbox-reader");
    reader.setDaemon(true);
    reader.start();
    Thread errors = new Thread(this::drainErrors, "tprog-sandbox-stderr");
    errors.setDaemon(true);
    errors.start();
  }

  /** Starts a worker process whose heap holds {@code memoryBytes} for programs; it warms up in the background. */
  static SandboxProcess start(long memoryBytes) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    long heapMiB = (memoryBytes + INTERPRETER_HEAP_BYTES) >> 20;
    List<String> command = new ArrayList<>(List.of(
        java.toString(),
        "-Xmx" + heapMiB + "m",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseSerialGC",
        "-D" + SandboxWorker.MEMORY_PROPERTY + "=" + memoryBytes,
        "-Dpython.cachedir.skip=true",
        "-Dpython.console.encoding=UTF-8",
        "-cp",
        workerClassPath(),
        SandboxWorker.class.getName()));
    try {
      return new SandboxProcess(new ProcessBuilder(command).start(), memoryBytes);
    } catch (IOException e) {
      throw new IllegalStateException("could not start the sandbox process (" + java + "): " + e.getMessage(), e);
    }
  }

  /**
   * This JVM's class path, plus the jars the worker's own classes come from when they were loaded otherwise (a Spark
   * executor loads tprog, Jython and the grammar from the jars the driver shipped, which its class path lacks).
   */
  static String workerClassPath() {
    Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    for (Class<?> used : List.of(SandboxWorker.class, PythonInterpreter.class, PythonParser.class, Lexer.class)) {
      CodeSource source = used.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null && source.getLocation().getProtocol().equals("file")) {
        try {
          entries.add(Path.of(source.getLocation().toURI()).toString());
        } catch (URISyntaxException e) {
          throw new IllegalStateException("the sandbox cannot locate " + source.getLocation(), e);
        }
      }
    }
    entries.remove("");
    return String.join(File.pathSeparator, entries);
  }

  long memoryBytes() {
    return memoryBytes;
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Waits, the first time, until the worker's interpreter is warm; false when it died or hung first. */
  boolean awaitReadyOnce() {
    if (ready) {
      return true;
    }
    Message m = next(START_LIMIT);
    ready = m != null && m.kind() == SandboxWorker.READY;
    if (!ready) {
      kill();
    }
    return ready;
  }

  /** Sends one request: the op, the program id, then the fields the writer adds. */
  void send(int op, int id, Request fields) throws IOException {
    out.writeByte(op);
    out.writeInt(id);
    fields.write(out);
    out.flush();
  }

  /** The request's fields after op and id. */
  interface Request {
    void write(DataOutputStream out) throws IOException;
  }

  /** The next message, or null when none came within {@code wait}; kind -1 when the process ended. */
  Message next(Duration wait) {
    try {
      return inbox.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Ends the process at once (SIGKILL); the operating system frees what it held, nobody waits for that. */
  void kill() {
    process.destroyForcibly();
  }

  /** The process's exit code once it ended (waits briefly for it), or -1. */
  int exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The last lines the process wrote to standard error, for an error message when it ended unexpectedly. */
  String stderrTail() {
    synchronized (stderr) {
      return stderr.toString().strip();
    }
  }

  private void read() {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
      while (true) {
        int kind = in.readUnsignedByte();
        inbox.add(switch (kind) {
          case SandboxWorker.RESULT -> new Message(kind, SandboxWire.read(in), null, null);
          case SandboxWorker.ERROR -> new Message(kind, null, SandboxWire.readString(in), SandboxWire.readString(in));
          case SandboxWorker.STOPPED, SandboxWorker.INTERNAL -> new Message(kind, null, SandboxWire.readString(in), null);
          default -> new Message(kind, null, null, null);
        });
      }
    } catch (IOException | RuntimeException e) {
      inbox.add(DIED);
    }
  }

  private void drainErrors() {
    try (InputStream err = process.getErrorStream()) {
      byte[] buffer = new byte[4096];
      int n;
      while ((n = err.read(buffer)) > 0) {
        synchronized (stderr) {
          stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
          if (stderr.length() > STDERR_KEPT) {
            stderr.delete(0, stderr.length() - STDERR_KEPT);
          }
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }
}
