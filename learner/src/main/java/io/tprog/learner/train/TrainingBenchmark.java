package io.tprog.learner.train;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.DatasetSpec;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.Task;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.TransformerProgramModel;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Seconds per training epoch for the configuration targets.md compares against: sort, 2 layers, 4 categorical heads
 * and 1 categorical MLP per layer, variable size 8, 8,100 training examples, batch 512 (the paper's PyTorch code took
 * about 1.8 s per epoch on the project's 2-core machines).
 */
public final class TrainingBenchmark {
  /** Training examples in the reference measurement. */
  public static final int TRAIN_EXAMPLES = 8100;

  /** Seconds per epoch of the paper's code on these machines, from targets.md. */
  public static final double PAPER_SECONDS_PER_EPOCH = 1.8;

  /** What one benchmark measured. */
  public record Measurement(
      int trainExamples, int stepsPerEpoch, double graphBuildSeconds, List<Double> epochSeconds,
      double cpuSecondsPerEpoch) {
    /**
     * Mean over the measured epochs. {@code cpuSecondsPerEpoch} is the process's CPU time per epoch over every epoch
     * run (warm-up included), which a machine shared with other jobs slows less than the wall clock.
     */
    public double secondsPerEpoch() {
      return epochSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  private TrainingBenchmark() {}

  /** Trains {@code warmup} unmeasured epochs, then {@code epochs} measured ones. */
  public static Measurement run(int warmup, int epochs) {
    Task task = Task.SORT;
    // Enough draws that de-duplication still leaves 8,100 training examples.
    DatasetSpec spec = task.defaults().withSize(80_000);
    Dataset dataset = Datasets.generate(task, spec);
    List<Example> train = dataset.split(Dataset.TRAIN);
    if (train.size() < TRAIN_EXAMPLES) {
      List<Example> all = new ArrayList<>(train);
      all.addAll(dataset.split(Dataset.VALIDATION));
      all.addAll(dataset.split(Dataset.TEST));
      train = all;
    }
    train = train.subList(0, Math.min(TRAIN_EXAMPLES, train.size()));
    TrainingRun.Data data = TrainingRun.Data.of(dataset, spec.maxLength());
    TrainingRun run =
        new TrainingRun(
            data,
            new TrainingRun.Shape(2, 4, 0, 1, 0, 8),
            new TrainingConfig(warmup + epochs, 512, 0.05, 3.0, 0.01, 0));
    ModelConfig config = run.modelConfig();
    EncodedBatch batch =
        new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength()).encode(train);
    return measure(config, new TrainingConfig(warmup + epochs, 512, 0.05, 3.0, 0.01, 0), batch, warmup);
  }

  /**
   * Seconds per epoch of an NLP task's training with the paper's setting ({@link NlpPresets}), word embeddings
   * starting random (the initial values do not change the work): {@code warmup} unmeasured epochs, then {@code epochs}
   * measured ones over the task's whole training split.
   */
  public static Measurement runNlp(NlpDataset nlp, int warmup, int epochs) {
    NlpPresets.Preset preset = nlp.dataset().pooled() ? NlpPresets.classification() : NlpPresets.tagging();
    TrainingRun.Data data = TrainingRun.Data.of(nlp);
    TrainingConfig training =
        new TrainingConfig(warmup + epochs, preset.batchSize(), preset.learningRate(), 3.0, 0.01, 0);
    TrainingRun run = new TrainingRun(data, preset.shape(), training)
        .wordEmbeddings(preset.wordVariables(), null, nlp.preparation().replaceDigits());
    return measure(run.modelConfig(), training, run.encode(data.train()), warmup);
  }

  private static Measurement measure(ModelConfig config, TrainingConfig training, EncodedBatch batch, int warmup) {
    EncodedBatch none = batch.slice(0, 0);
    long started = System.nanoTime();
    try (TransformerProgramModel model = new TransformerProgramModel(config, 0, (float) training.learningRate())) {
      double build = (System.nanoTime() - started) / 1e9;
      Trainer trainer = new Trainer(model, training, "benchmark").showProgress(false);
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      List<EpochRecord> curve = trainer.train(batch, none, null, false);
      double cpuPerEpoch = (os.getProcessCpuTime() - cpuStart) / 1e9 / curve.size();
      List<Double> measured = new ArrayList<>();
      for (EpochRecord r : curve.subList(warmup, curve.size())) {
        measured.add(r.seconds());
      }
      return new Measurement(batch.size(), trainer.stepsPerEpoch(batch.size()), build, measured, cpuPerEpoch);
    }
  }
}
