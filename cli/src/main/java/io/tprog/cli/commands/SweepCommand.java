package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.sweep.Cell;
import io.tprog.sweep.CellFinisher;
import io.tprog.sweep.Grid;
import io.tprog.sweep.Sweep;
import io.tprog.sweep.SweepPlan;
import io.tprog.sweep.SweepSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog sweep}: the paper's grid search, on Apache Spark (in this process by default, or a cluster). */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Train every cell of a grid (layers x heads x MLPs x seeds) for each task on Apache Spark, and summarise the best"
          + " cell per task.",
      "Each cell writes --out/<id>/ (e.g. sort-L3-H8-M4-s2) with the files tprog train writes, or failure.json with"
          + " its reason; --out/summary.{md,html,json} picks each task's best cell by validation accuracy.",
      "Runs in this process (local[N]) unless --master names a cluster: spark://host:7077 (tprog's jars are shipped"
          + " to the executors), yarn or k8s://... (see the README)."
    })
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      description = "A task to sweep (repeatable), or 'paper' for every synthetic task: ${COMPLETION-CANDIDATES}.",
      completionCandidates = DataCommand.TaskIds.class)
  List<String> tasks = new ArrayList<>();

  @Option(
      names = "--grid",
      description =
          "The grid, default the paper's: \"" + Grid.PAPER_TEXT + "\". Names left out keep the paper's values; vars=K,..."
              + " also varies the variable size.")
  String grid;

  @Option(names = "--standard-too", description = "Also train the standard Transformer baseline at each layers x heads x seed.")
  boolean standardToo;

  @Option(names = "--epochs", description = "Epochs a cell (default: the paper's " + Grid.PAPER_EPOCHS + ").")
  Integer epochs;

  @Option(names = "--size", description = "Inputs to draw before de-duplication (default: the task's, 20000).")
  Integer size;

  @Option(names = "--out", description = "The sweep's folder.")
  Path out;

  @Option(
      names = "--master",
      description =
          "Spark master: local[N] (default: every core; becomes local[N,3], 3 attempts a cell), spark://host:port,"
              + " yarn, k8s://...")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable), e.g. spark.task.cpus=2.")
  Map<String, String> conf = Map.of();

  @Option(names = "--resume", description = "Continue a sweep in --out: cells with a finished metrics.json are skipped.")
  boolean resume;

  @Option(names = "--summarize", paramLabel = "DIR", description = "Only rebuild DIR/summary.{md,html,json} from its cell folders.")
  Path summarize;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    if (summarize != null) {
      SweepSummary.Summary summary = SweepSummary.write(summarize);
      stdout.printf(
          Locale.ROOT, "Summarised %d cells. Wrote %s.%n", summary.cells().size(), summarize.resolve("summary.md"));
      return 0;
    }
    if (out == null) {
      throw new UserError("Give --out DIR for the sweep's folder (or --summarize DIR to rebuild a summary).", 2);
    }
    List<Cell> cells;
    Sweep sweep;
    try {
      cells = SweepPlan.cells(tasks, grid, epochs, standardToo, size);
      sweep = new Sweep(out).master(master).resume(resume).finishCellsWith(new CircuitReport());
      if (master != null && !master.startsWith("local")) {
        shippedJars().ifPresent(jars -> sweep.conf("spark.jars", jars));
      }
      conf.forEach(sweep::conf);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    stdout.printf(Locale.ROOT, "Sweeping %d cells into %s.%n", cells.size(), out);
    stdout.flush();
    Sweep.Result result;
    try (Bar bar = new Bar(!noProgress && System.console() != null)) {
      result = sweep.progress(bar).run(cells);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    stdout.printf(
        Locale.ROOT,
        "Trained %d cells, %d failed, %d skipped as finished, in %.1f minutes. Wrote %s.%n",
        result.ran().size(),
        result.failed().size(),
        result.skipped().size(),
        result.seconds() / 60,
        out.resolve("summary.md"));
    return result.failed().isEmpty() ? 0 : 1;
  }

  /**
   * tprog's jar and every jar beside it in {@code lib/} (the TensorFlow native jar among them), comma-separated for
   * {@code spark.jars}, so that executors of a cluster load the same classes; empty when not run from the jar.
   */
  static Optional<String> shippedJars() throws IOException, URISyntaxException {
    Path jar = Path.of(SweepCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path lib = jar.resolveSibling("lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      return Optional.empty();
    }
    List<String> jars = new ArrayList<>(List.of(jar.toString()));
    try (Stream<Path> files = Files.list(lib)) {
      files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> jars.add(f.toString()));
    }
    return Optional.of(String.join(",", jars));
  }

  /** Each program's circuit report in {@code report/}, as tprog train writes it; the baseline has no program. */
  static final class CircuitReport implements CellFinisher {
    @Override
    public void finish(Cell cell, Path folder) throws IOException {
      if (cell.standard()) {
        return;
      }
      StringWriter errors = new StringWriter();
      CommandLine report = new CommandLine(new ReportCommand());
      report.setOut(new PrintWriter(Writer.nullWriter()));
      report.setErr(new PrintWriter(errors, true));
      Path program = folder.resolve(cell.task() + ".py");
      if (report.execute(program.toString(), "--out", folder.resolve(TrainCommand.REPORT_FOLDER).toString()) != 0) {
        throw new IOException("The circuit report of " + program + " failed: " + errors.toString().strip());
      }
    }
  }

  /** The one progress bar: cells done and failed against the total, running cells, and the ETA. */
  private static final class Bar implements Sweep.Progress, AutoCloseable {
    private final boolean show;
    private ProgressBar bar;

    Bar(boolean show) {
      this.show = show;
    }

    @Override
    public void update(int done, int failed, int running, int total) {
      if (!show) {
        return;
      }
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("cells")
                .setInitialMax(total)
                .startsFrom(done + failed, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(1000)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
      }
      bar.stepTo(done + failed);
      bar.setExtraMessage(String.format(Locale.ROOT, "%d done, %d failed, %d running", done, failed, running));
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
