package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.learner.data.ConllReader;
import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.DatasetDescription;
import io.tprog.learner.data.DatasetSpec;
import io.tprog.learner.data.DatasetSpecException;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.JsonlDataset;
import io.tprog.learner.data.LabelledTextReader;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.NlpPreparation;
import io.tprog.learner.data.NlpTask;
import io.tprog.learner.data.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tprog data}: generates a synthetic task's dataset, or converts CoNLL-2003 or {@code label<TAB>text} files,
 * and writes the splits as JSONL.
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = {
      "Write a task's dataset splits as JSONL: one {\"split\": ..., \"tokens\": [...], \"labels\": [...]} a line, "
          + "train first, then validation, then test; labels are aligned with tokens, <pad> where not scored.",
      "With --task, inputs are drawn at random until --size of them are distinct (or 5 x --size have been drawn), "
          + "then split 10%% test and 10%% of the rest validation. The same options always write the same bytes.",
      "Defaults (the paper's): reverse, sort, hist, double_hist, most_freq: --vocab-size 8 --max-length 8; "
          + "dyck1: 4 and 16; dyck2: 6 and 16; induction: 10 and 10; every task --size 20000 --seed 0. "
          + "The vocabulary size counts <pad>, <s> and </s>; the length counts <s> and </s>.",
      "With --conll or --text, a real dataset is converted instead; one file is split by --seed the same way.",
      "With --task conll, trec, mr, subj or sst2 and --data-dir, or with --format and your own files, the real NLP "
          + "data is read and prepared as the paper prepares it (splits, length filter, 10,000-word vocabulary, digits "
          + "for CoNLL) and each split's size printed; --out is then optional."
    })
public final class DataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source;

  @Mixin NlpDataOptions nlp;

  /** Where the examples come from: exactly one of these. */
  static final class Source {
    @Option(names = "--task", paramLabel = "TASK", description = "Generate a synthetic task, or read a real NLP one with --data-dir: ${COMPLETION-CANDIDATES}.", completionCandidates = TaskIds.class)
    String taskId;

    @Option(names = "--conll", arity = "1..3", paramLabel = "FILE", description = "Convert CoNLL-2003 column files: one file, or the train, validation and test files in that order.")
    List<Path> conll;

    @Option(names = "--text", paramLabel = "FILE", description = "Convert a label<TAB>text classification file.")
    Path text;
  }

  @Option(names = "--out", paramLabel = "FILE.jsonl", description = "The file to write (its folder is created if needed); optional for real NLP data.")
  Path out;

  @Option(names = "--size", paramLabel = "N", description = "Distinct examples wanted (default: 20000).")
  Integer size;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws and of the split (default: 0).")
  Long seed;

  @Option(names = "--vocab-size", paramLabel = "V", description = "Vocabulary size, specials included (default: the task's).")
  Integer vocabSize;

  @Option(names = "--max-length", paramLabel = "L", description = "Maximum tokens per example, <s> and </s> included (default: the task's).")
  Integer maxLength;

  @Option(
      names = "--balanced-lengths",
      description = "With --task: the same number of distinct inputs of every length (its symbols), as far as a length "
          + "has that many; lengths with fewer give all they have and the rest share --size equally. Tasks of one "
          + "length (dyck1, dyck2, induction) are already balanced over prefix lengths and draw as usual.")
  boolean balancedLengths;

  @Override
  public Integer call() throws Exception {
    if (out != null && Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is a folder; give the file to write, such as " + out.resolve("data.jsonl"), 2);
    }
    if ((source == null) == !nlp.hasFormat()) {
      throw new UserError("Give one of --task, --conll, --text or --format.", 2);
    }
    PrintWriter o = spec.commandLine().getOut();
    Optional<NlpTask> nlpTask = source == null || source.taskId == null ? Optional.empty() : NlpTask.fromId(source.taskId);
    Dataset dataset;
    if (nlp.hasFormat() || nlpTask.isPresent()) {
      dataset = readNlp(o, nlpTask);
    } else {
      if (out == null) {
        throw new UserError("Missing required option: '--out=FILE.jsonl'", 2);
      }
      dataset = source.taskId != null ? generate(o) : convert(o);
    }
    if (out != null) {
      JsonlDataset.write(out, dataset);
    }
    if (nlpTask.isEmpty() && !nlp.hasFormat()) {
      for (Map.Entry<String, Integer> split : dataset.splitSizes().entrySet()) {
        o.printf(Locale.ROOT, "%s: %d%n", split.getKey(), split.getValue());
      }
    }
    if (out != null) {
      o.printf(Locale.ROOT, "wrote %s%n", out);
    }
    o.flush();
    return 0;
  }

  /** A real NLP task or the user's files, prepared; prints each split's size, before and after the length filter. */
  private Dataset readNlp(PrintWriter o, Optional<NlpTask> task) throws IOException {
    if (size != null || vocabSize != null || maxLength != null) {
      throw new UserError("--size, --vocab-size and --max-length apply to synthetic tasks, not to real NLP data.", 2);
    }
    long splitSeed = seed == null ? 0 : seed;
    NlpDataset data = task.isPresent() ? nlp.load(task.get(), splitSeed) : nlp.loadFiles(splitSeed);
    NlpPreparation p = data.preparation();
    Dataset dataset = data.dataset();
    o.printf(Locale.ROOT, "%s: vocabulary %d (the %d most frequent training words, <pad> and <unk>), %d labels "
            + "(<pad> counted), sentences of %d to %d words kept%s%n",
        dataset.name(), dataset.vocabulary().size(), p.vocabularySize(), dataset.classes().size(), p.minLength(),
        p.maxLength() - 2, p.replaceDigits() ? ", digit runs replaced by @" : "");
    for (String split : Dataset.SPLITS) {
      DatasetDescription.SplitRead s = data.description().splits().get(split);
      o.printf(Locale.ROOT, "%s: %d (of %d read from %s)%n", split, s.kept(), s.read(), s.file());
    }
    return dataset;
  }

  private Dataset generate(PrintWriter o) {
    Task task;
    DatasetSpec dataSpec;
    Dataset dataset;
    try {
      task = Task.fromId(source.taskId);
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
      dataset = balancedLengths ? Datasets.generateBalancedLengths(task, dataSpec) : Datasets.generate(task, dataSpec);
    } catch (DatasetSpecException e) {
      throw new UserError(e.getMessage(), 2);
    }
    o.printf(Locale.ROOT, "task %s: vocabulary size %d, maximum length %d, seed %d%n",
        task.id(), dataSpec.vocabSize(), dataSpec.maxLength(), dataSpec.seed());
    int made = dataset.examples().size();
    if (balancedLengths) {
      Map<Integer, Integer> perLength = new TreeMap<>();
      dataset.examples().forEach(e -> perLength.merge(Datasets.symbols(e.tokens()), 1, Integer::sum));
      o.printf(Locale.ROOT, "examples: %d distinct; per length (symbols): %s%n", made, perLength);
    } else if (made < dataSpec.size()) {
      o.printf(Locale.ROOT, "examples: %d distinct (asked for %d, but %d draws gave no more)%n",
          made, dataSpec.size(), (long) Datasets.DRAWS_PER_EXAMPLE * dataSpec.size());
    } else {
      o.printf(Locale.ROOT, "examples: %d distinct%n", made);
    }
    return dataset;
  }

  private Dataset convert(PrintWriter o) throws IOException {
    String generatorOption = balancedLengths ? "--balanced-lengths" : size != null ? "--size" : vocabSize != null ? "--vocab-size" : maxLength != null ? "--max-length" : null;
    if (generatorOption != null) {
      throw new UserError(generatorOption + " applies only to --task, not to a converted file", 2);
    }
    long splitSeed = seed == null ? 0 : seed;
    Dataset dataset;
    String what;
    if (source.text != null) {
      dataset = LabelledTextReader.readAndSplit(source.text, splitSeed);
      what = "classification file " + source.text;
    } else if (source.conll.size() == 1) {
      Path file = source.conll.get(0);
      dataset = Dataset.of("conll_ner", Datasets.split(ConllReader.read(file, Dataset.TRAIN), splitSeed), false, false);
      what = "CoNLL file " + file;
    } else if (source.conll.size() == 3) {
      dataset = ConllReader.read(source.conll.get(0), source.conll.get(1), source.conll.get(2));
      what = "CoNLL files " + source.conll.get(0) + ", " + source.conll.get(1) + " and " + source.conll.get(2);
    } else {
      throw new UserError("--conll takes one file, or three (train, validation, test), not " + source.conll.size(), 2);
    }
    o.printf(Locale.ROOT, "%s: %d examples, vocabulary size %d, %d labels (<pad> counted in both)%n",
        what, dataset.examples().size(), dataset.vocabulary().size(), dataset.classes().size());
    return dataset;
  }

  /** The task ids, for picocli's {@code ${COMPLETION-CANDIDATES}}. */
  static final class TaskIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(Arrays.stream(Task.values()).map(Task::id), Arrays.stream(NlpTask.values()).map(NlpTask::id))
          .iterator();
    }
  }
}
