package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.cli.UserError;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.NlpTask;
import io.tprog.learner.train.NlpPresets;
import io.tprog.learner.train.TrainingBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog bench train}: Seconds per epoch training the sort configuration of targets.md. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Seconds per epoch training the sort configuration of targets.md (2 layers, 4 categorical heads, 1 MLP,"
            + " 8,100 training examples, batch 512) and the seconds each of --seeds runs takes to reach 99%% validation"
            + " accuracy of the discrete program (mean and range), or with --task an NLP task's paper setting on its"
            + " real training split (from --data-dir; default ../shared/data).")
public final class BenchTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--epochs", description = "Measured epochs (default: 5; 1 for an NLP task).")
  Integer epochs;

  @Option(names = "--warmup", description = "Unmeasured epochs first (default: 1; 0 for an NLP task).")
  Integer warmup;

  @Option(names = "--task", description = "sort (the default), or an NLP task: conll, trec, mr, subj, sst2.")
  String task;

  @Option(names = "--data-dir", description = "Folder of the real NLP data (default: ../shared/data).")
  Path dataDir;

  /** Seconds per epoch of the paper's CoNLL code on this machine, measured for issue 19. */
  static final double PAPER_CONLL_SECONDS_PER_EPOCH = 104;

  @Option(
      names = "--seeds",
      defaultValue = "3",
      description =
          "Seeds (0, 1, ...) timed from scratch to 99%% validation accuracy of the discrete program on 10,000 sort"
              + " inputs (default: ${DEFAULT-VALUE}; 0 skips it).")
  int seeds;

  @Option(
      names = "--max-epochs",
      defaultValue = "250",
      description =
          "Epochs of the temperature schedule for the time to accuracy, the paper's (default: ${DEFAULT-VALUE}); a run"
              + " stops at its first epoch at 99%%.")
  int maxEpochs;

  @Option(names = "--json", description = "Print the measurement as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    boolean sort = task == null || task.equals("sort");
    Optional<NlpTask> nlpTask = sort ? Optional.empty() : NlpTask.fromId(task);
    if (!sort && nlpTask.isEmpty()) {
      throw new UserError("bench train measures sort or an NLP task (" + NlpTask.ids() + "), not " + task + ".", 2);
    }
    int epochs = this.epochs != null ? this.epochs : sort ? 5 : 1;
    int warmup = this.warmup != null ? this.warmup : sort ? 1 : 0;
    if (epochs < 1 || warmup < 0 || seeds < 0 || maxEpochs < 1) {
      throw new UserError("--epochs and --max-epochs must be at least 1, --warmup and --seeds at least 0.", 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (nlpTask.isPresent()) {
      NlpDataset data = nlpTask.get().read(dataDir != null ? dataDir : Path.of("../shared/data"), 0);
      TrainingBenchmark.Measurement m = TrainingBenchmark.runNlp(data, warmup, epochs);
      NlpPresets.Preset p = NlpPresets.paper(nlpTask.get());
      out.printf(Locale.ROOT, "%s, the paper's setting (%d layers, %d categorical heads, %d MLP, %d word variables of %d,"
              + " batch %d), %d training sentences: %.1f s per epoch (%d steps; mean of %d epochs after %d warm-up),"
              + " %.1f CPU seconds per epoch%s.%n",
          task, p.shape().layers(), p.shape().catHeads(), p.shape().catMlps(), p.wordVariables(), p.shape().varSize(),
          p.batchSize(), m.trainExamples(), m.secondsPerEpoch(), m.stepsPerEpoch(), epochs, warmup,
          m.cpuSecondsPerEpoch(),
          nlpTask.get() == NlpTask.CONLL
              ? String.format(Locale.ROOT, "; the paper's code took %.0f s per epoch on this machine",
                  PAPER_CONLL_SECONDS_PER_EPOCH)
              : "");
      out.flush();
      return 0;
    }
    TrainingBenchmark.Measurement m = TrainingBenchmark.run(warmup, epochs);
    List<TrainingBenchmark.TimeToAccuracy> times = new ArrayList<>();
    for (long seed = 0; seed < seeds; seed++) {
      times.add(TrainingBenchmark.timeToAccuracy(seed, maxEpochs));
    }
    DoubleSummaryStatistics seconds = times.stream().mapToDouble(TrainingBenchmark.TimeToAccuracy::seconds).summaryStatistics();
    boolean allReached = times.stream().allMatch(TrainingBenchmark.TimeToAccuracy::reached);
    double speedup = TrainingBenchmark.PAPER_SECONDS_PER_EPOCH / m.secondsPerEpoch();
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("benchmark", "train");
      result.put("configuration", "sort, 2 layers, 4 categorical heads, 1 categorical MLP, var size 8, batch 512");
      result.put("train_examples", m.trainExamples());
      result.put("steps_per_epoch", m.stepsPerEpoch());
      result.put("graph_build_seconds", m.graphBuildSeconds());
      result.put("epoch_seconds", m.epochSeconds());
      result.put("seconds_per_epoch", m.secondsPerEpoch());
      result.put("paper_seconds_per_epoch", TrainingBenchmark.PAPER_SECONDS_PER_EPOCH);
      result.put("speedup", speedup);
      if (!times.isEmpty()) {
        Map<String, Object> toAccuracy = new LinkedHashMap<>();
        toAccuracy.put("target_validation_accuracy", TrainingBenchmark.TARGET_ACCURACY);
        toAccuracy.put("max_epochs", maxEpochs);
        toAccuracy.put("all_reached", allReached);
        toAccuracy.put("mean_seconds", seconds.getAverage());
        toAccuracy.put("min_seconds", seconds.getMin());
        toAccuracy.put("max_seconds", seconds.getMax());
        toAccuracy.put("seeds", times);
        result.put("time_to_accuracy", toAccuracy);
      }
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .writeValueAsString(result));
    } else {
      out.printf(
          Locale.ROOT,
          "sort, 2 layers, 4 categorical heads, 1 MLP, %d training examples, batch 512: %.3f s per epoch"
              + " (%d steps; mean of %d epochs after %d warm-up), %.1fx the paper's %.1f s per epoch.%n",
          m.trainExamples(), m.secondsPerEpoch(), m.stepsPerEpoch(), epochs, warmup, speedup,
          TrainingBenchmark.PAPER_SECONDS_PER_EPOCH);
      for (TrainingBenchmark.TimeToAccuracy t : times) {
        out.printf(
            Locale.ROOT,
            "seed %d: %s after %d epochs, %.1f s (best validation %.2f%%)%n",
            t.seed(), t.reached() ? "99% validation" : "not at 99% validation", t.epochs(), t.seconds(),
            100 * t.bestValidationAccuracy());
      }
      if (!times.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "time to 99%% validation accuracy of the program (%d seeds, %d-epoch schedule, 8,100 training examples): mean %.1f s, range %.1f-%.1f s%s"
                + " (the paper's code: 652 s for its 250 epochs).%n",
            times.size(), maxEpochs, seconds.getAverage(), seconds.getMin(), seconds.getMax(),
            allReached ? "" : "; not every seed reached it, those count all their epochs");
      }
    }
    out.flush();
    return 0;
  }
}
