package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.DatasetSpec;
import io.tprog.learner.data.DatasetSpecException;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.JsonlDataset;
import io.tprog.learner.data.Task;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog data}: generates a synthetic task's dataset and writes its splits as JSONL. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = {
      "Write a task's dataset splits as JSONL: one {\"split\": ..., \"tokens\": [...], \"labels\": [...]} a line, "
          + "train first, then validation, then test; labels are aligned with tokens, <pad> where not scored.",
      "Inputs are drawn at random until --size of them are distinct (or 5 x --size have been drawn), then split "
          + "10% test and 10% of the rest validation. The same options always write the same bytes.",
      "Defaults (the paper's): reverse, sort, hist, double_hist, most_freq: --vocab-size 8 --max-length 8; "
          + "dyck1: 4 and 16; dyck2: 6 and 16; induction: 10 and 10; every task --size 20000 --seed 0. "
          + "The vocabulary size counts <pad>, <s> and </s>; the length counts <s> and </s>."
    })
public final class DataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--task", required = true, paramLabel = "TASK", description = "The task: ${COMPLETION-CANDIDATES}.", completionCandidates = TaskIds.class)
  String taskId;

  @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "The file to write (its folder is created if needed).")
  Path out;

  @Option(names = "--size", paramLabel = "N", description = "Distinct examples wanted (default: 20000).")
  Integer size;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws and of the split (default: 0).")
  Long seed;

  @Option(names = "--vocab-size", paramLabel = "V", description = "Vocabulary size, specials included (default: the task's).")
  Integer vocabSize;

  @Option(names = "--max-length", paramLabel = "L", description = "Maximum tokens per example, <s> and </s> included (default: the task's).")
  Integer maxLength;

  @Override
  public Integer call() throws Exception {
    if (Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is a folder; give the file to write, such as " + out.resolve("data.jsonl"), 2);
    }
    Task task;
    Dataset dataset;
    DatasetSpec dataSpec;
    try {
      task = Task.fromId(taskId);
      dataSpec = task.defaults();
      if (size != null) {
        dataSpec = dataSpec.withSize(size);
      }
      if (seed != null) {
        dataSpec = dataSpec.withSeed(seed);
      }
      if (vocabSize != null) {
        dataSpec = dataSpec.withVocabSize(vocabSize);
      }
      if (maxLength != null) {
        dataSpec = dataSpec.withMaxLength(maxLength);
      }
      dataset = Datasets.generate(task, dataSpec);
    } catch (DatasetSpecException e) {
      throw new UserError(e.getMessage(), 2);
    }
    JsonlDataset.write(out, dataset);

    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "task %s: vocabulary size %d, maximum length %d, seed %d%n",
        task.id(), dataSpec.vocabSize(), dataSpec.maxLength(), dataSpec.seed());
    int made = dataset.examples().size();
    if (made < dataSpec.size()) {
      o.printf(Locale.ROOT, "examples: %d distinct (asked for %d, but %d draws gave no more)%n",
          made, dataSpec.size(), (long) Datasets.DRAWS_PER_EXAMPLE * dataSpec.size());
    } else {
      o.printf(Locale.ROOT, "examples: %d distinct%n", made);
    }
    for (Map.Entry<String, Integer> split : dataset.splitSizes().entrySet()) {
      o.printf(Locale.ROOT, "%s: %d%n", split.getKey(), split.getValue());
    }
    o.printf(Locale.ROOT, "wrote %s%n", out);
    o.flush();
    return 0;
  }

  /** The task ids, for picocli's {@code ${COMPLETION-CANDIDATES}}. */
  static final class TaskIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Task.values()).map(Task::id).iterator();
    }
  }
}
