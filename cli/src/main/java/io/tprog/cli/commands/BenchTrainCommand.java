package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.learner.train.TrainingBenchmark;
import java.io.PrintWriter;
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
            + " 8,100 training examples, batch 512).")
public final class BenchTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--epochs", defaultValue = "5", description = "Measured epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured epochs first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--json", description = "Print the measurement as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (epochs < 1 || warmup < 0) {
      throw new io.tprog.cli.UserError("--epochs must be at least 1 and --warmup at least 0.", 2);
    }
    TrainingBenchmark.Measurement m = TrainingBenchmark.run(warmup, epochs);
    PrintWriter out = spec.commandLine().getOut();
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
