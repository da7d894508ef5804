package io.tprog.learner.train;

import io.tprog.learner.data.Example;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.StandardTransformerModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link TrainingRun} of the standard Transformer baseline (model.md section 10): the same splits, loop, seed and
 * checkpointing; it has no program, so the metrics hold its accuracies only. Heads per layer are the run's categorical
 * plus numerical heads (4 when that does not divide the width).
 */
final class StandardBaseline {
  /** Width of the standard Transformer baseline. */
  static final int WIDTH = 64;

  private final TrainingRun run;

  StandardBaseline(TrainingRun run) {
    this.run = run;
  }

  TrainingRun.Result run(Path out, boolean resume) throws IOException {
    TrainingRun.Data data = run.data();
    ModelConfig config = run.modelConfig();
    int heads = run.shape().catHeads() + run.shape().numHeads();
    if (heads < 1 || WIDTH % heads != 0) {
      heads = 4;
    }
    double dropout = run.dropoutRate();
    TrainingConfig training = run.training();
    DatasetEncoder encoder = run.encoder(config);
    EncodedBatch train = encoder.encode(data.train());
    EncodedBatch validation = encoder.encode(data.validation());
    EncodedBatch test = encoder.encode(data.test());
    long t0 = System.nanoTime();
    try (StandardTransformerModel model =
        new StandardTransformerModel(
            config, WIDTH, heads, training.seed(), (float) training.learningRate(), run.threads(), (float) dropout)) {
      double graphBuild = RunMetrics.Timings.secondsSince(t0);
      long t1 = System.nanoTime();
      Trainer trainer =
          run.trainer(model,
              "standard " + heads + " heads " + (dropout > 0 ? "dropout " + dropout + " " : "") + run.fingerprint(config));
      List<EpochRecord> curve = trainer.train(train, validation, out.resolve(RunFiles.CHECKPOINT), resume);
      trainer.restoreBest();
      RunMetrics.Timings timings = new RunMetrics.Timings(
          graphBuild, RunMetrics.Timings.secondsSince(t1), TrainingRun.secondsPerEpoch(curve));
      var accuracy = new RunMetrics.Splits<>(
          accuracy(model, train, data.train(), config),
          accuracy(model, validation, data.validation(), config),
          accuracy(model, test, data.test(), config));
      RunMetrics metrics = new RunMetrics.Standard(data.task(), RunMetrics.Standard.MODEL,
          run.configuration(config).withStandard(WIDTH, heads, dropout), training.seed(), data.description(),
          run.splitCounts(), accuracy, curve.size(), trainer.bestEpoch(), timings);
      RunFiles.writeMetrics(out, metrics);
      RunFiles.writeCurves(out, curve);
      return new TrainingRun.Result(null, metrics, curve);
    }
  }

  private static RunMetrics.ModelAccuracy accuracy(
      StandardTransformerModel model, EncodedBatch batch, List<Example> examples, ModelConfig config) {
    return RunMetrics.ModelAccuracy.of(
        examples, ProgramCheck.modelPredictions(model, batch, examples, config), ProgramCheck.tagsEntities(config));
  }
}
