package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.DatasetSpec;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.NlpTask;
import io.tprog.learner.data.Task;
import io.tprog.learner.embeddings.EmbeddingInit;
import io.tprog.learner.embeddings.WordVectors;
import io.tprog.learner.model.AttentionScores;
import io.tprog.learner.train.LengthBalancedScore;
import io.tprog.learner.train.NlpPresets;
import io.tprog.learner.train.RunFiles;
import io.tprog.learner.train.RunMetrics;
import io.tprog.learner.train.TaskPresets;
import io.tprog.learner.train.TrainingConfig;
import io.tprog.learner.train.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog train}: Train a Transformer Program on a task and emit its Python program, weights, metrics and report. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a Transformer Program on a task and emit its Python program, weights, metrics and report.",
      "Writes into --out: <task>.py, <task>_weights.csv, metrics.json, curves.csv, checkpoint.bin and report/.",
      "Options left out take the task's fast default (a small model that trains in a few minutes); "
          + "the paper's per-task configurations are listed in targets.md."
    })
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--task", description = "The task: ${COMPLETION-CANDIDATES} (conll, trec, mr, subj and sst2 read --data-dir).", completionCandidates = DataCommand.TaskIds.class)
  String taskId;

  @Mixin NlpDataOptions nlp;

  @Option(
      names = "--embeddings",
      paramLabel = "FILE",
      description = "GloVe vectors (.txt or .txt.gz) that initialise an NLP task's word embeddings by a seeded random"
          + " projection; without it they start random.")
  Path embeddings;

  @Option(names = "--word-variables", description = "Embedding variables per word of an NLP task (default: 4, the paper's).")
  Integer wordVariables;

  @Option(names = "--out", required = true, description = "Folder for the program, weights, metrics, curves and checkpoint.")
  Path out;

  @Option(names = "--layers", description = "Layers.")
  Integer layers;

  @Option(names = "--cat-heads", description = "Categorical attention heads per layer.")
  Integer catHeads;

  @Option(names = "--num-heads", description = "Numerical attention heads per layer.")
  Integer numHeads;

  @Option(names = "--cat-mlps", description = "Categorical MLPs per layer.")
  Integer catMlps;

  @Option(names = "--num-mlps", description = "Numerical MLPs per layer.")
  Integer numMlps;

  @Option(names = "--var-size", description = "Width k of every categorical variable (at least the vocabulary size and the length).")
  Integer varSize;

  @Option(names = "--epochs", description = "Training epochs.")
  Integer epochs;

  @Option(names = "--batch-size", description = "Examples per step (default: 512; the paper's for NLP tasks: 32 for CoNLL, 128 for classification).")
  Integer batchSize;

  @Option(names = "--lr", description = "Adam learning rate (default: the task's: 0.05, the paper's, or 0.1 for sort; NLP tasks the paper's; 0.001 with --standard).")
  Double learningRate;

  @Option(names = "--tau-start", defaultValue = "3.0", description = "Gumbel-softmax temperature at the first step (default: ${DEFAULT-VALUE}).")
  double tauStart;

  @Option(names = "--tau-end", description = "Temperature at the last step (default: the task's: 0.01, the paper's, or 0.1 for sort).")
  Double tauEnd;

  @Option(names = "--seed", defaultValue = "0", description = "Seed of initialisation, shuffling and noise (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--data-seed", description = "Seed of the generated dataset (default: the task's, 0).")
  Long dataSeed;

  @Option(names = "--size", description = "Inputs to draw before de-duplication (default: the task's, 20000).")
  Integer size;

  @Option(names = "--resume", description = "Continue from the checkpoint in --out, if there is one.")
  boolean resume;

  @Option(
      names = "--standard",
      description = "Train the standard Transformer baseline (pre-norm encoder, width 64) instead; it emits no program.")
  boolean standard;

  @Option(
      names = "--dropout",
      description = "Dropout rate of the --standard baseline while training (default: 0.5 for NLP tagging, as the"
          + " paper's CoNLL script; 0 otherwise). The paper's code gives Transformer Programs no dropout.")
  Double dropout;

  @Option(
      names = "--attention-scores",
      description =
          "How categorical heads score soft matches while training: linear (the argmax logits on soft matches), log"
              + " (log match plus a small position bias) or ranked (log match plus a strong position bias). Default:"
              + " the task's (see docs/architecture.md; log for NLP tasks). The program is exact either way.")
  String attentionScores;

  @Option(
      names = "--classifier-epochs",
      description =
          "Epochs of fitting the classifier to the discrete model's features after training, every other weight held;"
              + " the epoch with the best validation accuracy is kept, 0 keeps the trained classifier (default: "
              + TrainingRun.DEFAULT_CLASSIFIER_EPOCHS + "; not with --standard).")
  Integer classifierEpochs;

  @Option(
      names = "--balanced-lengths",
      negatable = true,
      description =
          "Draw each epoch so that every input length counts: a length's share of the epoch is its number of"
              + " training examples or, if larger, a quarter of an equal share, short lengths repeated (default: the"
              + " task's, see docs/architecture.md).")
  Boolean balancedLengths;

  @Option(
      names = "--select-by-lengths",
      negatable = true,
      description =
          "Keep the epoch, and the classifier fit's epoch, with the best mean over input lengths of the discrete"
              + " model's accuracy (validation examples, plus training examples for lengths with fewer than "
              + LengthBalancedScore.MIN_PER_LENGTH + " of them) instead of the best validation accuracy (default: the"
              + " task's, see docs/architecture.md).")
  Boolean selectByLengths;

  @Option(
      names = "--short-first",
      paramLabel = "EPOCHS",
      description =
          "Train the first EPOCHS epochs on the rare input lengths only (those with fewer training examples than an"
              + " equal share: reverse's inputs of 1 to 4 symbols), then on every example (default: 0, off; see"
              + " docs/architecture.md).")
  Integer shortFirst;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  /** What to train: the task's name, the run, and the settings to print. */
  private record Plan(String task, TrainingRun run, TrainingRun.Shape shape, TrainingConfig training, String note) {}

  @Override
  public Integer call() throws Exception {
    OutputFolder.check(out);
    Optional<NlpTask> nlpTask = taskId == null ? Optional.empty() : NlpTask.fromId(taskId);
    if (taskId == null && !nlp.hasFormat()) {
      throw new UserError("Missing required option: '--task=<taskId>' (or --format with your own NLP files).", 2);
    }
    if (taskId != null && nlp.hasFormat()) {
      throw new UserError("Give --task or --format, not both.", 2);
    }
    Plan plan;
    try {
      plan = nlpTask.isPresent() || nlp.hasFormat() ? nlpPlan(nlpTask) : syntheticPlan();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    TrainingRun run = plan.run();
    TrainingRun.Shape shape = plan.shape();
    TrainingConfig training = plan.training();
    int batchSize = training.batchSize();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "Training %s%s: %d layers, per layer %d categorical + %d numerical heads, %d categorical + %d numerical MLPs,"
            + " variable size %d; %d epochs, batch %d, lr %s,%s seed %d.%n",
        plan.task(),
        standard ? " (standard Transformer baseline)" : "",
        shape.layers(),
        shape.catHeads(),
        shape.numHeads(),
        shape.catMlps(),
        shape.numMlps(),
        shape.varSize(), training.epochs(), batchSize, training.learningRate(),
        standard ? "" : " temperature " + training.tauStart() + " to " + training.tauEnd() + ",", seed);
    if (!plan.note().isEmpty()) {
      stdout.println(plan.note());
    }
    stdout.flush();
    TrainingRun.Result result = run.showProgress(!noProgress).run(out, resume);
    if (result.metrics() instanceof RunMetrics.Standard metrics) {
      printEntities(stdout, metrics.accuracy().test().modelEntities());
      stdout.printf(
          Locale.ROOT,
          "Test accuracy of the standard Transformer %.2f%%. Wrote %s.%n",
          100 * metrics.accuracy().test().modelTokenAccuracy(),
          out.resolve(RunFiles.METRICS));
      return 0;
    }
    RunMetrics.Program metrics = (RunMetrics.Program) result.metrics();
    RunMetrics.ProgramAccuracy test = metrics.accuracy().test();
    RunMetrics.Agreement agreement = metrics.agreement().test();
    printEntities(stdout, test.programEntities());
    RunMetrics.AccuracyByLength byLength = metrics.accuracyByLength();
    if (byLength.balanced() != null) {
      stdout.printf(
          Locale.ROOT,
          "On %d length-balanced inputs (seed %d): %.2f%%, lowest length %.2f%%.%n",
          byLength.balanced().examples(),
          byLength.balancedSeed(),
          100 * byLength.balanced().tokenAccuracy(),
          100 * byLength.balanced().worstLength());
    }
    writeReport(out.resolve(plan.task() + ".py"), out.resolve(REPORT_FOLDER));
    stdout.printf(
        Locale.ROOT,
        "Test accuracy %.2f%%; model and program agree on %s of %s test positions. Wrote %s.%n",
        100 * test.programTokenAccuracy(),
        agreement.modelVsJavaPositionsAgreed(),
        agreement.modelVsJavaPositionsCompared(),
        out.resolve(plan.task() + ".py"));
    return 0;
  }

  private static void printEntities(PrintWriter stdout, RunMetrics.Entities entities) {
    if (entities != null) {
      stdout.printf(Locale.ROOT, "Test entities (strict IOB2): precision %.2f, recall %.2f, F1 %.2f.%n",
          100 * entities.precision(), 100 * entities.recall(), 100 * entities.f1());
    }
  }

  private Plan syntheticPlan() {
    if (embeddings != null || wordVariables != null || nlp.dataDir != null) {
      throw new IllegalArgumentException("--embeddings, --word-variables and --data-dir are for NLP tasks, not " + taskId + ".");
    }
    Task task;
    try {
      task = Task.fromId(taskId);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    DatasetSpec dataSpec = task.defaults();
    if (size != null) {
      dataSpec = dataSpec.withSize(size);
    }
    if (dataSeed != null) {
      dataSpec = dataSpec.withSeed(dataSeed);
    }
    TaskPresets.Preset preset = TaskPresets.fast(task);
    TrainingRun.Shape shape = shape(preset.shape());
    double lr = learningRate != null ? learningRate : standard ? 0.001 : TaskPresets.learningRate(task);
    TrainingConfig training =
        new TrainingConfig(or(epochs, preset.epochs()), or(batchSize, 512), lr, tauStart,
            tauEnd != null ? tauEnd : TaskPresets.tauEnd(task), seed);
    Dataset dataset = Datasets.generate(task, dataSpec);
    AttentionScores scores =
        attentionScores != null ? AttentionScores.fromId(attentionScores) : TaskPresets.attentionScores(task);
    TrainingRun run =
        new TrainingRun(TrainingRun.Data.of(dataset, dataSpec.maxLength()), shape, training)
            .standard(standard)
            .attentionScores(scores)
            .balancedLengths(balancedLengths != null ? balancedLengths : TaskPresets.balancedLengths(task))
            .selectByLengths(selectByLengths != null ? selectByLengths : TaskPresets.selectByLengths(task))
            .shortFirst(shortFirst != null ? shortFirst : 0);
    if (!standard) {
      long balancedSeed = dataSpec.seed() + 1;
      run.balancedSet(
          Datasets.generateBalancedLengths(task, dataSpec.withSeed(balancedSeed).withSize(BALANCED_SET_SIZE))
              .examples(),
          balancedSeed);
    }
    runOptions(run);
    run.modelConfig();
    return new Plan(task.id(), run, shape, training, "");
  }

  /** The preset's shape with the options given. */
  private TrainingRun.Shape shape(TrainingRun.Shape base) {
    return new TrainingRun.Shape(or(layers, base.layers()), or(catHeads, base.catHeads()),
        or(numHeads, base.numHeads()), or(catMlps, base.catMlps()), or(numMlps, base.numMlps()),
        or(varSize, base.varSize()));
  }

  /** The options that set the run itself: the baseline's dropout and the classifier fit. */
  private void runOptions(TrainingRun run) {
    if (dropout != null) {
      if (!standard) {
        throw new IllegalArgumentException(
            "--dropout applies to the --standard baseline; the paper's code gives Transformer Programs no dropout.");
      }
      run.dropout(dropout);
    }
    if (classifierEpochs != null) {
      if (standard) {
        throw new IllegalArgumentException(
            "--classifier-epochs fits a Transformer Program's classifier; the --standard baseline has none.");
      }
      run.classifierEpochs(classifierEpochs);
    }
  }

  /** A real NLP task or the user's files, with the paper's settings for options left out. */
  private Plan nlpPlan(Optional<NlpTask> task) throws IOException {
    if (size != null) {
      throw new IllegalArgumentException("--size applies to synthetic tasks, not to real NLP data.");
    }
    if (shortFirst != null) {
      throw new IllegalArgumentException("--short-first applies to synthetic tasks, not to real NLP data.");
    }
    long splitSeed = dataSeed != null ? dataSeed : 0;
    NlpDataset data = task.isPresent() ? nlp.load(task.get(), splitSeed) : nlp.loadFiles(splitSeed);
    NlpPresets.Preset preset = data.dataset().pooled() ? NlpPresets.classification() : NlpPresets.tagging();
    TrainingRun.Shape shape = shape(preset.shape());
    int variables = or(wordVariables, preset.wordVariables());
    double lr = learningRate != null ? learningRate : standard ? 0.001 : preset.learningRate();
    TrainingConfig training =
        new TrainingConfig(or(epochs, preset.epochs()), or(batchSize, preset.batchSize()), lr, tauStart,
            tauEnd != null ? tauEnd : TaskPresets.PAPER_TAU_END, seed);
    TrainingRun.Data runData = TrainingRun.Data.of(data);
    float[] init = null;
    String note = "";
    if (embeddings != null && !standard) {
      WordVectors vectors = WordVectors.read(embeddings, runData.vocabulary());
      init = EmbeddingInit.project(runData.vocabulary(), vectors, variables, shape.varSize(), seed);
      note = String.format(Locale.ROOT, "Word embeddings start from %s: %d of %d words have a vector.",
          embeddings, EmbeddingInit.found(runData.vocabulary(), vectors), runData.vocabulary().size());
    }
    AttentionScores scores =
        attentionScores != null ? AttentionScores.fromId(attentionScores) : NlpPresets.ATTENTION_SCORES;
    TrainingRun run = new TrainingRun(runData, shape, training)
        .standard(standard)
        .attentionScores(scores)
        .wordEmbeddings(variables, init, data.preparation().replaceDigits());
    if (standard && dropout == null && !data.dataset().pooled()) {
      run.dropout(0.5);
    }
    runOptions(run);
    run.modelConfig();
    return new Plan(data.dataset().name(), run, shape, training, note);
  }

  /** Inputs of the length-balanced set every program is measured on besides its test split. */
  static final int BALANCED_SET_SIZE = 3000;

  /** Folder inside --out that holds the circuit report of the trained program. */
  static final String REPORT_FOLDER = "report";

  /** The circuit report, made exactly as {@code tprog report PROGRAM.py --out DIR} makes it. */
  private void writeReport(Path program, Path folder) {
    CommandLine report = new CommandLine(new ReportCommand());
    report.setOut(new PrintWriter(Writer.nullWriter()));
    report.setErr(spec.commandLine().getErr());
    int exit = report.execute(program.toString(), "--out", folder.toString());
    if (exit != 0) {
      throw new UserError("The program was trained and written, but its circuit report in " + folder + " failed.", exit);
    }
  }

  private static int or(Integer given, int fallback) {
    return given != null ? given : fallback;
  }
}
