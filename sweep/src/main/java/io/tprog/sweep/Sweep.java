package io.tprog.sweep;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tprog.learner.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Runs cells on Apache Spark, each cell its own one-task job so that a cell that fails (after Spark's retries) loses
 * no other cell. The master is {@code local[N]} in this process unless told otherwise ({@code local[N]} becomes
 * {@code local[N,3]}: up to 3 attempts a cell), a cluster's master URL, or the one {@code spark-submit} set. TensorFlow
 * in each cell uses {@code spark.task.cpus} threads. Finished cells are skipped on {@code resume}; the summary is
 * rewritten at the end.
 */
public final class Sweep {
  /** Told whenever a count changes. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int failed, int running, int total);
  }

  /** What one run of the sweep did: cells trained, skipped as finished, and failed with their reasons. */
  public record Result(List<String> ran, List<String> skipped, Map<String, String> failed, double seconds) {}

  /** Attempts a cell gets in local mode. */
  static final int LOCAL_ATTEMPTS = 3;

  private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)])?");

  private final Path out;
  private String master;
  private boolean resume;
  private final Map<String, String> conf = new LinkedHashMap<>();
  private Progress progress = (done, failed, running, total) -> {};
  private CellFinisher finisher = (cell, folder) -> {};

  public Sweep(Path out) {
    this.out = out.toAbsolutePath();
  }

  /** {@code local[N]}, {@code spark://host:port}, {@code yarn}, {@code k8s://...}; null: spark-submit's or local. */
  public Sweep master(String url) {
    this.master = url;
    return this;
  }

  public Sweep resume(boolean skipFinished) {
    this.resume = skipFinished;
    return this;
  }

  /** A Spark setting, applied after tprog's own ({@code spark.jars}, {@code spark.task.cpus}, ...). */
  public Sweep conf(String key, String value) {
    conf.put(key, value);
    return this;
  }

  public Sweep progress(Progress listener) {
    this.progress = listener;
    return this;
  }

  /** Writes more files into each cell's folder after training (default: nothing more). */
  public Sweep finishCellsWith(CellFinisher cellFinisher) {
    this.finisher = cellFinisher;
    return this;
  }

  /** The master a run uses: local forms get retries; without one, spark-submit's, else every core locally. */
  static String effectiveMaster(String given) {
    String url = given != null ? given : System.getProperty("spark.master");
    if (url == null) {
      url = "local[" + Runtime.getRuntime().availableProcessors() + "]";
    }
    Matcher local = LOCAL.matcher(url);
    if (local.matches()) {
      return "local[" + (local.group(1) == null ? "1" : local.group(1)) + "," + LOCAL_ATTEMPTS + "]";
    }
    return url;
  }

  /** Trains every cell not finished yet (all of them unless resuming), records failures, and writes the summary. */
  public Result run(List<Cell> cells) throws IOException {
    long start = System.nanoTime();
    Map<String, Cell> planned = plan(cells);
    List<Cell> pending = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Cell cell : cells) {
      if (resume && SweepFolders.finished(out, cell.id())) {
        skipped.add(cell.id());
      } else {
        pending.add(cell);
      }
    }
    String url = effectiveMaster(master);
    List<String> ran = new ArrayList<>();
    Map<String, String> failed = new TreeMap<>();
    if (!pending.isEmpty()) {
      runOnSpark(url, pending, skipped.size(), cells.size(), ran, failed);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    recordRun(planned, url, ran, skipped, failed, seconds);
    SweepSummary.write(out);
    return new Result(ran, skipped, failed, seconds);
  }

  private void runOnSpark(
      String url, List<Cell> pending, int alreadyDone, int total, List<String> ran, Map<String, String> failed)
      throws IOException {
    SparkConf sparkConf =
        new SparkConf()
            .setAppName("tprog sweep")
            .setMaster(url)
            .setIfMissing("spark.ui.enabled", "false")
            .set("spark.executorEnv.TF_CPP_MIN_LOG_LEVEL", "2");
    boolean shared = url.startsWith("local[");
    if (shared) {
      // The executor is this process: its heartbeats to itself only need to survive a machine busy with training.
      sparkConf.setIfMissing("spark.executor.heartbeatInterval", "60s").setIfMissing("spark.network.timeout", "600s");
    }
    conf.forEach(sparkConf::set);
    int threads = sparkConf.getInt("spark.task.cpus", 1);
    CellTraining training = new CellTraining(out, shared, threads, finisher);
    Map<String, JavaFutureAction<List<CellOutcome>>> jobs = new LinkedHashMap<>();
    AtomicInteger running = new AtomicInteger();
    try (JavaSparkContext spark = new JavaSparkContext(sparkConf)) {
      spark.setLogLevel("WARN");
      spark.sc().addSparkListener(new RunningTasks(running));
      for (Cell cell : pending) {
        spark.setJobDescription("tprog cell " + cell.id());
        jobs.put(cell.id(), spark.parallelize(List.of(cell), 1).map(training).collectAsync());
      }
      int done = alreadyDone;
      String shown = "";
      while (!jobs.isEmpty()) {
        for (var it = jobs.entrySet().iterator(); it.hasNext(); ) {
          var job = it.next();
          if (!job.getValue().isDone()) {
            continue;
          }
          it.remove();
          String reason = finish(job.getKey(), job.getValue());
          if (reason == null) {
            ran.add(job.getKey());
            done++;
          } else {
            failed.put(job.getKey(), reason);
            SweepFolders.recordFailure(out, job.getKey(), reason);
          }
        }
        String now = done + " " + failed.size() + " " + running.get();
        if (!now.equals(shown)) {
          shown = now;
          progress.update(done, failed.size(), Math.max(0, running.get()), total);
        }
        sleep(jobs.isEmpty() ? 0 : 200);
      }
    }
  }

  /** Installs a finished cell's files if they came back from another machine; the failure's sentence otherwise. */
  private String finish(String id, JavaFutureAction<List<CellOutcome>> job) {
    try {
      CellOutcome outcome = job.get().get(0);
      if (!outcome.files().isEmpty()) {
        SweepFolders.install(out, id, outcome.files());
      }
      return null;
    } catch (ExecutionException e) {
      return reason(e.getCause());
    } catch (IOException e) {
      return "Its folder could not be written: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "The sweep was interrupted.";
    }
  }

  /** One sentence: the message of the error the cell's training threw, or Spark's own if the task never ended. */
  static String reason(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (!(t instanceof SparkException) && !(t instanceof ExecutionException) && t.getMessage() != null) {
        return firstLine(t.getMessage());
      }
    }
    if (error == null) {
      return "The cell failed without a reason.";
    }
    return firstLine(error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName());
  }

  private static String firstLine(String message) {
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.isEmpty() ? "The cell failed without a reason." : line;
  }

  /** Writes or extends {@code sweep.json}: every planned cell. A folder that holds a sweep is reused only to resume. */
  private Map<String, Cell> plan(List<Cell> cells) throws IOException {
    Path file = out.resolve(SweepFolders.PLAN);
    Map<String, Cell> planned = new TreeMap<>();
    if (Files.exists(file)) {
      if (!resume) {
        throw new IllegalArgumentException(
            out + " already holds a sweep (" + SweepFolders.PLAN + "); add --resume to continue it or choose another --out.");
      }
      for (Cell cell : readPlan(out).cells()) {
        planned.put(cell.id(), cell);
      }
    }
    for (Cell cell : cells) {
      if (planned.containsKey(cell.id()) && !planned.get(cell.id()).equals(cell)) {
        throw new IllegalArgumentException(
            "The cell " + cell.id() + " was planned with other settings in " + file + " (epochs or dataset size).");
      }
      planned.put(cell.id(), cell);
    }
    Plan plan = Files.exists(file) ? readPlan(out) : new Plan(List.of(), List.of());
    writePlan(new Plan(List.copyOf(planned.values()), plan.runs()));
    return planned;
  }

  private void recordRun(
      Map<String, Cell> planned, String url, List<String> ran, List<String> skipped, Map<String, String> failed,
      double seconds) throws IOException {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("finished_at", Instant.now().toString());
    run.put("master", url);
    run.put("seconds", seconds);
    run.put("trained", ran.size());
    run.put("skipped_as_finished", skipped.size());
    run.put("failed", failed.size());
    List<Map<String, Object>> runs = new ArrayList<>(readPlan(out).runs());
    runs.add(run);
    writePlan(new Plan(List.copyOf(planned.values()), runs));
  }

  /** The content of {@code sweep.json}: the cells planned so far and one entry per run of the sweep. */
  record Plan(List<Cell> cells, List<Map<String, Object>> runs) {}

  static Plan readPlan(Path out) throws IOException {
    Path file = out.resolve(SweepFolders.PLAN);
    if (!Files.exists(file)) {
      return new Plan(List.of(), List.of());
    }
    try {
      return SweepFolders.json().readValue(file.toFile(), new TypeReference<Plan>() {});
    } catch (IOException e) {
      throw new IOException(file + " is not a sweep plan: " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private void writePlan(Plan plan) throws IOException {
    AtomicFiles.write(out.resolve(SweepFolders.PLAN), SweepFolders.json().writeValueAsString(plan) + "\n");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The sweep was interrupted.", e);
    }
  }

  /** Counts task attempts started and not yet ended, for the progress bar's running cells. */
  private static final class RunningTasks extends SparkListener {
    private final AtomicInteger running;

    RunningTasks(AtomicInteger running) {
      this.running = running;
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
      running.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      running.decrementAndGet();
    }
  }
}
