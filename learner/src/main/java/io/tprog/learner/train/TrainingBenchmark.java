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

  /** Validation accuracy of the argmax model that {@link #timeToAccuracy} waits for. */
  public static final double TARGET_ACCURACY = 0.99;

  /** Inputs drawn for {@link #timeToAccuracy}: 10,000 distinct, so 8,100 train, 900 validation, 1,000 test. */
  public static final int TIME_TO_ACCURACY_SIZE = 10_000;

  /**
   * How long one seed took to reach {@link #TARGET_ACCURACY}: training seconds (the epochs' own times, validation
   * included, graph building not) up to and including the first epoch at the target, or of all epochs when none got
   * there ({@code reached} false), with the best validation accuracy of those epochs.
   */
  public record TimeToAccuracy(long seed, boolean reached, int epochs, double seconds, double bestValidationAccuracy) {}

  /**
   * Trains the sort configuration with the temperature schedule of {@code epochs} epochs (the task's attention scores,
   * learning rate, final temperature and length balancing) from {@code seed} on {@value #TIME_TO_ACCURACY_SIZE} inputs, stopping at the first epoch whose
   * argmax model (the program) has {@link #TARGET_ACCURACY} validation accuracy.
   */
  public static TimeToAccuracy timeToAccuracy(long seed, int epochs) {
    Task task = Task.SORT;
    DatasetSpec spec = task.defaults().withSize(TIME_TO_ACCURACY_SIZE);
    Dataset dataset = Datasets.generate(task, spec);
    double learningRate = TaskPresets.learningRate(task);
    TrainingConfig training = new TrainingConfig(epochs, 512, learningRate, 3.0, TaskPresets.tauEnd(task), seed);
    TrainingRun run =
        new TrainingRun(TrainingRun.Data.of(dataset, spec.maxLength()), new TrainingRun.Shape(2, 4, 0, 1, 0, 8), training)
            .attentionScores(TaskPresets.attentionScores(task));
    ModelConfig config = run.modelConfig();
    DatasetEncoder encoder = new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength());
    try (TransformerProgramModel model = new TransformerProgramModel(config, seed, (float) learningRate)) {
      Trainer trainer =
          new Trainer(model, training, "benchmark")
              .showProgress(false)
              .stopWhen(r -> r.validationAccuracy() >= TARGET_ACCURACY);
      if (TaskPresets.balancedLengths(task)) {
        trainer.balanceGroups(TrainingRun.lengthGroups(dataset.split(Dataset.TRAIN)));
      }
      List<EpochRecord> curve =
          trainer.train(
              encoder.encode(dataset.split(Dataset.TRAIN)), encoder.encode(dataset.split(Dataset.VALIDATION)), null, false);
      double best = curve.stream().mapToDouble(EpochRecord::validationAccuracy).max().orElse(0);
      return new TimeToAccuracy(
          seed,
          best >= TARGET_ACCURACY,
          curve.size(),
          curve.stream().mapToDouble(EpochRecord::seconds).sum(),
          best);
    }
  }

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
        .wordEmbeddings(preset.wordVariables(), null, nlp.preparation().replaceDigits())
        .attentionScores(NlpPresets.ATTENTION_SCORES);
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
