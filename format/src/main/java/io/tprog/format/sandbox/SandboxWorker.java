package io.tprog.format.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox process: {@link JythonSandbox} starts it with the memory limit as its heap and talks to it over its
 * standard input and output in {@link SandboxWire}'s format, one request at a time. Anything a program or Jython
 * prints goes to standard error, never into the answers. When the process runs out of heap the JVM exits
 * ({@code -XX:+ExitOnOutOfMemoryError}), which the parent reports as the memory limit reached.
 */
public final class SandboxWorker {
  static final int LOAD = 1;
  static final int SET_STRINGS = 2;
  static final int PREDICT = 3;
  static final int CAPTURE = 4;

  static final int READY = 10;
  static final int PROGRESS = 11;
  static final int RESULT = 12;
  static final int ERROR = 13;
  static final int STOPPED = 14;
  static final int NOT_LOADED = 15;
  static final int INTERNAL = 16;

  /** Progress is reported at most this often, so a long call of fast inputs is not a stream of tiny writes. */
  private static final long PROGRESS_NANOS = 50_000_000L;
  private static final long STACK_BYTES = 64L << 20;
  /** The system property that carries the programs' memory limit, in bytes. */
  static final String MEMORY_PROPERTY = "tprog.sandbox.memory";
  /** The exit code of a worker that went over its memory limit (the JVM's own on running out of heap is 3 too). */
  static final int OVER_MEMORY_EXIT = 3;
  private static final long MEMORY_POLL_MILLIS = 25;

  private final DataInputStream in;
  private final DataOutputStream out;
  private long lastProgress;

  private SandboxWorker(DataInputStream in, DataOutputStream out) {
    this.in = in;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    // A worker never outlives the tool, even when the tool is killed while a program loops.
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    SandboxWorker worker = new SandboxWorker(in, out);
    Thread t = new Thread(null, worker::serve, "tprog-sandbox", STACK_BYTES);
    t.start();
    t.join();
    System.exit(0);
  }

  private void serve() {
    try {
      JythonEngine engine = new JythonEngine();
      watchMemory(Long.parseLong(System.getProperty(MEMORY_PROPERTY, "0")));
      out.writeByte(READY);
      out.flush();
      while (true) {
        int op;
        try {
          op = in.readUnsignedByte();
        } catch (EOFException parentGone) {
          return;
        }
        answer(engine, op);
        out.flush();
      }
    } catch (IOException e) {
      System.err.println("tprog sandbox: lost the connection to its parent: " + e.getMessage());
    }
  }

  private void answer(JythonEngine engine, int op) throws IOException {
    int id = in.readInt();
    try {
      switch (op) {
        case LOAD -> {
          Path file = Path.of(SandboxWire.readString(in));
          String source = SandboxWire.readString(in);
          int depth = in.readInt();
          lastProgress = System.nanoTime() - PROGRESS_NANOS;
          engine.load(id, file, source, depth, this::inputDone);
          result(null);
        }
        case SET_STRINGS -> {
          String global = SandboxWire.readString(in);
          List<String> values = SandboxWire.strings(SandboxWire.read(in));
          if (notLoaded(engine, id)) {
            return;
          }
          engine.setStrings(id, global, values);
          result(null);
        }
        case PREDICT, CAPTURE -> {
          int depth = in.readInt();
          List<List<String>> inputs = inputs(SandboxWire.read(in));
          if (notLoaded(engine, id)) {
            return;
          }
          lastProgress = System.nanoTime();
          if (op == PREDICT) {
            result(engine.predictAll(id, inputs, depth, this::inputDone));
          } else {
            List<Object> captures = new ArrayList<>(inputs.size());
            for (RunCapture c : engine.captureAll(id, inputs, depth, this::inputDone)) {
              captures.add(encode(c));
            }
            result(captures);
          }
        }
        default -> throw new IOException("unknown sandbox request " + op);
      }
    } catch (ProgramError e) {
      out.writeByte(ERROR);
      SandboxWire.writeString(out, e.pythonType());
      SandboxWire.writeString(out, e.getMessage());
    } catch (ExecutionStopped e) {
      out.writeByte(STOPPED);
      SandboxWire.writeString(out, e.reason().name());
    } catch (RuntimeException | StackOverflowError e) {
      out.writeByte(INTERNAL);
      SandboxWire.writeString(out, String.valueOf(e));
    }
  }

  /**
   * Ends the process when the heap holds more than {@code limit} bytes above what the warm interpreter held: the
   * heap's occupancy is a cheap upper bound (it counts garbage), so only when it passes the line is a collection paid
   * for to see what is live. The heap's own maximum is higher, so the line is reached before the collector thrashes.
   */
  private static void watchMemory(long limit) {
    if (limit <= 0) {
      return;
    }
    java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
    System.gc();
    long line = memory.getHeapMemoryUsage().getUsed() + limit;
    Thread watch = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(MEMORY_POLL_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
        if (memory.getHeapMemoryUsage().getUsed() > line) {
          System.gc();
          if (memory.getHeapMemoryUsage().getUsed() > line) {
            Runtime.getRuntime().halt(OVER_MEMORY_EXIT);
          }
        }
      }
    }, "tprog-sandbox-memory");
    watch.setDaemon(true);
    watch.start();
  }

  private boolean notLoaded(JythonEngine engine, int id) throws IOException {
    if (engine.has(id)) {
      return false;
    }
    out.writeByte(NOT_LOADED);
    return true;
  }

  private void result(Object value) throws IOException {
    out.writeByte(RESULT);
    SandboxWire.write(out, value);
  }

  private void inputDone() {
    long now = System.nanoTime();
    if (now - lastProgress < PROGRESS_NANOS) {
      return;
    }
    lastProgress = now;
    try {
      out.writeByte(PROGRESS);
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<List<String>> inputs(Object value) {
    List<List<String>> inputs = new ArrayList<>();
    for (Object input : (List<?>) value) {
      inputs.add(SandboxWire.strings(input));
    }
    return inputs;
  }

  /** A capture as [predictions, names, values in name order, lines]. */
  private static List<Object> encode(RunCapture c) {
    List<Object> values = new ArrayList<>(c.order().size());
    for (String name : c.order()) {
      values.add(c.values().get(name));
    }
    return List.of(c.predictions(), c.order(), values, List.copyOf(c.lines()));
  }

  /** {@link #encode} read back. */
  static RunCapture decode(Object value) {
    List<?> parts = (List<?>) value;
    List<String> order = SandboxWire.strings(parts.get(1));
    List<?> values = (List<?>) parts.get(2);
    java.util.Map<String, Object> byName = new java.util.LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      byName.put(order.get(i), values.get(i));
    }
    java.util.SortedSet<Integer> lines = new java.util.TreeSet<>();
    for (Object l : (List<?>) parts.get(3)) {
      lines.add(((Long) l).intValue());
    }
    return new RunCapture(order, byName, SandboxWire.strings(parts.get(0)), lines);
  }
}
