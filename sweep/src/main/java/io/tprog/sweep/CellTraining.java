package io.tprog.sweep;

import io.tprog.learner.data.DatasetSpec;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Task;
import io.tprog.learner.train.TaskPresets;
import io.tprog.learner.train.TrainingConfig;
import io.tprog.learner.train.TrainingRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;

/**
 * The Spark task of one cell: the training {@code tprog train} runs for the same options (the task's data and
 * attention scores and learning rate, or 0.001 for the baseline; batch 512, temperature 3 to the task's end, 0.01 or 0.1 for sort), with TensorFlow
 * on {@code threads} threads. With a shared output folder it trains in {@code <out>/.partial/<id>} (continuing from a
 * checkpoint a killed attempt left there) and renames it to {@code <out>/<id>}; otherwise it trains in a temporary
 * folder of the executor and returns the files for the driver to install.
 */
final class CellTraining implements Function<Cell, CellOutcome> {
  static final int BATCH_SIZE = 512;
  static final double STANDARD_LEARNING_RATE = 0.001;
  static final double TAU_START = 3.0;

  private final String out;
  private final boolean sharedFolder;
  private final int threads;
  private final CellFinisher finisher;

  /**
   * @param out the sweep's folder on the driver
   * @param sharedFolder whether the task can write {@code out} itself (the executor is the driver's process)
   * @param finisher what else to write into a cell's folder after training
   */
  CellTraining(Path out, boolean sharedFolder, int threads, CellFinisher finisher) {
    this.out = out.toAbsolutePath().toString();
    this.sharedFolder = sharedFolder;
    this.threads = threads;
    this.finisher = finisher;
  }

  @Override
  public CellOutcome call(Cell cell) throws IOException {
    long start = System.nanoTime();
    String host = InetAddress.getLocalHost().getHostName();
    if (sharedFolder) {
      Path partial = SweepFolders.partial(Paths.get(out), cell.id());
      train(cell, partial, true);
      SweepFolders.install(partial, Paths.get(out).resolve(cell.id()));
      return new CellOutcome(cell.id(), seconds(start), host, Map.of());
    }
    Path folder = Files.createTempDirectory("tprog-cell-" + cell.id() + "-");
    try {
      train(cell, folder, false);
      return new CellOutcome(cell.id(), seconds(start), host, read(folder));
    } finally {
      delete(folder);
    }
  }

  private void train(Cell cell, Path folder, boolean resume) throws IOException {
    Task task = Task.fromId(cell.task());
    DatasetSpec spec = cell.size() == null ? task.defaults() : task.defaults().withSize(cell.size());
    int varSize = cell.varSize() != null ? cell.varSize() : TaskPresets.fast(task).shape().varSize();
    TrainingRun.Shape shape =
        new TrainingRun.Shape(
            cell.layers(), cell.catHeads(), cell.numHeads(), cell.catMlps(), cell.numMlps(), varSize);
    TrainingConfig training =
        new TrainingConfig(
            cell.epochs(),
            BATCH_SIZE,
            cell.standard() ? STANDARD_LEARNING_RATE : TaskPresets.learningRate(task),
            TAU_START,
            cell.standard() ? TaskPresets.PAPER_TAU_END : TaskPresets.tauEnd(task),
            cell.seed());
    new TrainingRun(TrainingRun.Data.of(Datasets.generate(task, spec), spec.maxLength()), shape, training)
        .standard(cell.standard())
        .attentionScores(TaskPresets.attentionScores(task))
        .threads(threads)
        .showProgress(false)
        .run(folder, resume);
    finisher.finish(cell, folder);
  }

  /** Every file under {@code folder}, by path relative to it. */
  static Map<String, byte[]> read(Path folder) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : paths) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
