package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.learner.train.TrainingBenchmark;
import io.tprog.cli.UserError;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.NlpTask;
import io.tprog.learner.train.NlpPresets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
            + " 8,100 training examples, batch 512), or with --task an NLP task's paper setting on its real training"
            + " split (from --data-dir; default ../shared/data).")
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
    if (epochs < 1 || warmup < 0) {
      throw new UserError("--epochs must be at least 1 and --warmup at least 0.", 2);
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
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else {
      out.printf(
          Locale.ROOT,
          "sort, 2 layers, 4 categorical heads, 1 MLP, %d training examples, batch 512: %.3f s per epoch"
              + " (%d steps; mean of %d epochs after %d warm-up), %.1fx the paper's %.1f s per epoch.%n",
          m.trainExamples(), m.secondsPerEpoch(), m.stepsPerEpoch(), epochs, warmup, speedup,
          TrainingBenchmark.PAPER_SECONDS_PER_EPOCH);
    }
    out.flush();
    return 0;
  }
}
