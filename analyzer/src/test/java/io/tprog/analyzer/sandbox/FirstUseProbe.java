package io.tprog.analyzer.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run in a fresh JVM by {@link JythonSandboxTest}: the process's first program gets a time limit far below Jython's
 * cold start-up, then a normal run follows. Prints the load and run times; exit 0 when both worked, 3 when the tight
 * limit stopped the first program, 4 when the interpreter was unusable afterwards.
 */
public final class FirstUseProbe {
  private FirstUseProbe() {}

  public static void main(String[] args) throws Exception {
    Path program = Path.of(args[0]);
    Duration limit = Duration.ofMillis(Long.parseLong(args[1]));
    String source = Files.readString(program);
    long t0 = System.nanoTime();
    JythonSandbox sandbox = JythonSandbox.shared();
    long t1 = System.nanoTime();
    int exit = 0;
    try {
      sandbox.load(program, source, sandbox.limits().withTime(limit)).capture(List.of("<s>", "2", "1", "</s>"));
    } catch (ExecutionStopped e) {
      exit = 3;
    }
    long t2 = System.nanoTime();
    try {
      List<String> out = sandbox.load(program, source).predict(List.of("<s>", "2", "1", "0", "2", "</s>"));
      if (!out.equals(List.of("<s>", "0", "1", "2", "2", "</s>"))) {
        exit = 4;
      }
    } catch (RuntimeException | LinkageError e) {
      System.out.println("after: " + e);
      exit = 4;
    }
    System.out.printf("start %.0f ms, first program %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    System.exit(exit);
  }
}
