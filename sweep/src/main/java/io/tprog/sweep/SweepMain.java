package io.tprog.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entry class for {@code spark-submit} (YARN, Kubernetes, or a standalone cluster in cluster deploy mode), where
 * Spark is the cluster's and the master comes from spark-submit: {@code spark-submit --class io.tprog.sweep.SweepMain
 * tprog-sweep-submit.jar --task sort --out DIR [--grid G] [--epochs E] [--standard-too] [--size S] [--resume]}, or
 * {@code --summarize DIR}. The same options as {@code tprog sweep}, without the progress bar.
 */
public final class SweepMain {
  private SweepMain() {}

  public static void main(String[] args) throws IOException {
    List<String> tasks = new ArrayList<>();
    String grid = null;
    Integer epochs = null;
    Integer size = null;
    Path out = null;
    Path summarize = null;
    boolean standardToo = false;
    boolean resume = false;
    String master = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--standard-too" -> standardToo = true;
        case "--resume" -> resume = true;
        case "--task" -> tasks.add(value(args, ++i, arg));
        case "--grid" -> grid = value(args, ++i, arg);
        case "--epochs" -> epochs = Integer.valueOf(value(args, ++i, arg));
        case "--size" -> size = Integer.valueOf(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--master" -> master = value(args, ++i, arg);
        case "--summarize" -> summarize = Path.of(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("Unknown option " + arg + ".");
      }
    }
    if (summarize != null) {
      SweepSummary.write(summarize);
      return;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required.");
    }
    Sweep.Result result =
        new Sweep(out)
            .master(master)
            .resume(resume)
            .progress(
                (done, failed, running, total) ->
                    System.err.printf(
                        Locale.ROOT, "cells: %d done, %d failed, %d running of %d%n", done, failed, running, total))
            .run(SweepPlan.cells(tasks, grid, epochs, standardToo, size));
    System.out.printf(
        Locale.ROOT,
        "Trained %d cells (%d failed), skipped %d finished ones in %.0f s. Wrote %s.%n",
        result.ran().size() + result.failed().size(),
        result.failed().size(),
        result.skipped().size(),
        result.seconds(),
        out.resolve("summary.md"));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value.");
    }
    return args[i];
  }
}
