package io.tprog.format.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program loaded into the sandbox: its {@code run(tokens)} called under its limits in a worker process. The handle
 * keeps the source and the globals set on it, so that when its worker was replaced (after another program was
 * stopped) it loads itself again, transparently, before the next call.
 */
public final class SandboxedProgram {
  private final JythonSandbox sandbox;
  private final int id;
  private final Path file;
  private final String source;
  private final Limits limits;
  private final Map<String, List<String>> strings = new LinkedHashMap<>();

  SandboxedProgram(JythonSandbox sandbox, int id, Path file, String source, Limits limits) {
    this.sandbox = sandbox;
    this.id = id;
    this.file = file;
    this.source = source;
    this.limits = limits;
  }

  public Path file() {
    return file;
  }

  /** Loads the module code into the worker and sets the globals set so far. */
  void ensureLoaded() {
    sandbox.call(file, limits, SandboxWorker.LOAD, id, out -> {
      SandboxWire.writeString(out, file.toString());
      SandboxWire.writeString(out, source);
      out.writeInt(limits.recursionDepth());
    });
    for (Map.Entry<String, List<String>> e : strings.entrySet()) {
      send(SandboxWorker.SET_STRINGS, out -> {
        SandboxWire.writeString(out, e.getKey());
        SandboxWire.write(out, e.getValue());
      });
    }
  }

  /**
   * Sets a module global of the program to a frozenset of strings (trusted callers use it to switch behaviour a
   * rewrite of the program reads, such as which components are ablated, without compiling it again).
   */
  public void setStrings(String global, Collection<String> values) {
    List<String> copy = List.copyOf(values);
    strings.put(global, copy);
    call(SandboxWorker.SET_STRINGS, out -> {
      SandboxWire.writeString(out, global);
      SandboxWire.write(out, copy);
    });
  }

  /** The predictions of {@code run} for one input. */
  public List<String> predict(List<String> tokens) {
    return predictAll(List.of(tokens)).get(0);
  }

  /** The predictions for many inputs in one call; the time limit applies to each input. */
  public List<List<String>> predictAll(List<List<String>> inputs) {
    Object value = call(SandboxWorker.PREDICT, out -> {
      out.writeInt(limits.recursionDepth());
      SandboxWire.write(out, inputs);
    });
    List<List<String>> out = new ArrayList<>(inputs.size());
    for (Object prediction : (List<?>) value) {
      out.add(SandboxWire.strings(prediction));
    }
    return out;
  }

  /** Every variable of {@code run} for one input, with the lines that executed. */
  public RunCapture capture(List<String> tokens) {
    return captureAll(List.of(tokens)).get(0);
  }

  /** {@link #capture} for many inputs in one call. */
  public List<RunCapture> captureAll(List<List<String>> inputs) {
    Object value = call(SandboxWorker.CAPTURE, out -> {
      out.writeInt(limits.recursionDepth());
      SandboxWire.write(out, inputs);
    });
    List<RunCapture> out = new ArrayList<>(inputs.size());
    for (Object capture : (List<?>) value) {
      out.add(SandboxWorker.decode(capture));
    }
    return out;
  }

  /** One request, loading the program again first if its worker does not hold it. */
  private Object call(int op, SandboxProcess.Request fields) {
    JythonSandbox.Answer answer = sandbox.call(file, limits, op, id, fields);
    if (!answer.loaded()) {
      ensureLoaded();
      answer = sandbox.call(file, limits, op, id, fields);
    }
    return answer.value();
  }

  private void send(int op, SandboxProcess.Request fields) {
    sandbox.call(file, limits, op, id, fields);
  }
}
