package io.tprog.learner.train;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.DatasetDescription;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.SpecialTokens;
import io.tprog.learner.model.AttentionScores;
import io.tprog.learner.model.Discretiser;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.TrainableModel;
import io.tprog.learner.model.TransformerProgramModel;
import io.tprog.learner.program.EmitOptions;
import io.tprog.learner.program.Program;
import io.tprog.learner.program.ProgramExample;
import io.tprog.learner.program.PythonEmitter;
import io.tprog.learner.program.WordEmbeddings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One end-to-end training run: build the model and encode the data, train (or resume), go back to the epoch whose
 * argmax model had the best validation accuracy (the latest among equals; {@code selected_epoch} in the metrics), fit
 * the classifier to the argmax model's features ({@link Trainer#fitClassifier}; {@code classifier_fit} in the
 * metrics), discretise, check the program against the model ({@link ProgramCheck}), emit the program, and write the
 * {@link RunMetrics}, curves and checkpoint into the output folder ({@link RunFiles}). The standard baseline trains
 * in {@link StandardBaseline}.
 */
public final class TrainingRun {
  /**
   * What to train on: the task's splits, its vocabulary and labels (slot and column order), and a description of how
   * the data was made (written into the metrics so the run can be reproduced).
   */
  public record Data(
      String task,
      List<Example> train,
      List<Example> validation,
      List<Example> test,
      List<String> vocabulary,
      List<String> classes,
      int maxLength,
      boolean causal,
      boolean pooled,
      DatasetDescription description) {

    /** The splits and settings of a dataset (generated from a task or read from a file). */
    public static Data of(Dataset dataset, int maxLength) {
      return new Data(
          dataset.name(),
          dataset.split(Dataset.TRAIN),
          dataset.split(Dataset.VALIDATION),
          dataset.split(Dataset.TEST),
          dataset.vocabulary(),
          dataset.classes(),
          maxLength,
          dataset.causal(),
          dataset.pooled(),
          DatasetDescription.Synthetic.of(dataset));
    }

    /** The splits of a prepared real NLP dataset, its vocabulary the prepared one, of its preparation's maximum length. */
    public static Data of(NlpDataset nlp) {
      Dataset d = nlp.dataset();
      return new Data(d.name(), d.split(Dataset.TRAIN), d.split(Dataset.VALIDATION), d.split(Dataset.TEST),
          d.vocabulary(), d.classes(), nlp.preparation().maxLength(), d.causal(), d.pooled(), nlp.description());
    }
  }

  /** Per-layer module counts, the variable size and the MLP width. */
  public record Shape(int layers, int catHeads, int numHeads, int catMlps, int numMlps, int varSize) {}

  /** What a run produced; {@code program} is null for the standard baseline. */
  public record Result(Program program, RunMetrics metrics, List<EpochRecord> curve) {}

  private final Data data;
  private final Shape shape;
  private final TrainingConfig training;
  private boolean showProgress = true;
  private boolean standard;
  private AttentionScores attentionScores = AttentionScores.LINEAR;
  private int classifierEpochs = DEFAULT_CLASSIFIER_EPOCHS;
  private Trainer.EpochListener listener = r -> {};
  private boolean balancedLengths;
  private boolean selectByLengths;
  private int shortFirstEpochs;
  private List<Example> balancedSet = List.of();
  private long balancedSetSeed;
  private int threads;
  private int wordVariables;
  private double dropout;
  private float[] embeddingLogits;
  private boolean replaceDigits;

  public TrainingRun(Data data, Shape shape, TrainingConfig training) {
    this.data = data;
    this.shape = shape;
    this.training = training;
  }

  public TrainingRun showProgress(boolean show) {
    this.showProgress = show;
    return this;
  }

  /** Train the standard Transformer baseline (model.md section 10) instead of a Transformer Program. */
  public TrainingRun standard(boolean useStandard) {
    this.standard = useStandard;
    return this;
  }

  /** How categorical heads score soft matches while training (default: linear). */
  public TrainingRun attentionScores(AttentionScores scores) {
    this.attentionScores = Objects.requireNonNull(scores);
    return this;
  }

  /**
   * Epochs of the classifier fit after training (default {@value #DEFAULT_CLASSIFIER_EPOCHS}; 0 keeps the trained
   * classifier). It does not change the training, so a finished run resumed with another value trains nothing and
   * fits again from the selected epoch.
   */
  public TrainingRun classifierEpochs(int epochs) {
    if (epochs < 0) {
      throw new IllegalArgumentException("The classifier fit's epochs must not be negative, got " + epochs + ".");
    }
    this.classifierEpochs = epochs;
    return this;
  }

  /**
   * Factored word embeddings for an NLP task: {@code variables} categorical variables per word in place of one-hot
   * tokens, their initial logits ({@code EmbeddingInit}; null for seeded random ones), and whether words have their
   * digit runs replaced by {@code @} before the vocabulary lookup (a word outside the vocabulary is {@code <unk>}).
   */
  public TrainingRun wordEmbeddings(int variables, float[] initialLogits, boolean replaceDigitRuns) {
    if (variables < 1) {
      throw new IllegalArgumentException("Factored word embeddings need at least one variable, not " + variables + ".");
    }
    this.wordVariables = variables;
    this.embeddingLogits = initialLogits;
    this.replaceDigits = replaceDigitRuns;
    return this;
  }

  /** Dropout rate of the standard Transformer baseline while training (default 0; the paper's CoNLL baseline 0.5). */
  public TrainingRun dropout(double rate) {
    if (rate < 0 || rate >= 1) {
      throw new IllegalArgumentException("The dropout rate must be from 0 to below 1, not " + rate + ".");
    }
    this.dropout = rate;
    return this;
  }

  /**
   * Whether each epoch draws the training examples so that every input length counts ({@link
   * Trainer#balanceGroups}, the groups being {@link io.tprog.learner.data.Datasets#symbols}); default false.
   */
  public TrainingRun balancedLengths(boolean balanced) {
    this.balancedLengths = balanced;
    return this;
  }

  /**
   * Trains the first {@code epochs} epochs on the rare input lengths only ({@link Trainer#shortFirst}: the lengths with
   * fewer training examples than an equal share, which for reverse are inputs of 1 to 4 symbols), then on every example
   * as usual; 0 (the default) does not.
   */
  public TrainingRun shortFirst(int epochs) {
    if (epochs < 0) {
      throw new IllegalArgumentException("--short-first must be 0 or more epochs, not " + epochs + ".");
    }
    this.shortFirstEpochs = epochs;
    return this;
  }

  /**
   * Whether the epoch kept and the classifier fit's epoch are chosen by {@link LengthBalancedScore} (every input length
   * weighted alike) instead of the validation accuracy; default false.
   */
  public TrainingRun selectByLengths(boolean byLengths) {
    this.selectByLengths = byLengths;
    return this;
  }

  /**
   * A second test set, length-balanced ({@link io.tprog.learner.data.Datasets#generateBalancedLengths}) and drawn
   * with {@code seed}, on which the program's accuracy per length is measured beside the test split's
   * ({@link RunMetrics.AccuracyByLength}). Its inputs may occur in the training split: a short length has too
   * few inputs to keep apart.
   */
  public TrainingRun balancedSet(List<Example> examples, long seed) {
    this.balancedSet = List.copyOf(examples);
    this.balancedSetSeed = seed;
    return this;
  }

  /** Epochs of the classifier fit unless told otherwise. */
  public static final int DEFAULT_CLASSIFIER_EPOCHS = 20;

  /**
   * TensorFlow's intra- and inter-op thread count (default 0: TensorFlow's own choice, every core), so that runs side
   * by side (a sweep's cells) do not oversubscribe the cores.
   */
  public TrainingRun threads(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("TensorFlow's thread count must not be negative, got " + count + ".");
    }
    this.threads = count;
    return this;
  }

  public TrainingRun onEpoch(Trainer.EpochListener listener) {
    this.listener = listener;
    return this;
  }

  /** The model configuration of this run. */
  public ModelConfig modelConfig() {
    List<String> masked = new ArrayList<>(List.of(SpecialTokens.PAD));
    boolean unkIsLabel =
        data.train().stream().anyMatch(e -> e.labels().contains(SpecialTokens.UNK));
    if (!unkIsLabel && data.classes().contains(SpecialTokens.UNK)) {
      masked.add(SpecialTokens.UNK);
    }
    return ModelConfig.builder(data.vocabulary(), data.classes())
        .layers(shape.layers())
        .heads(shape.catHeads(), shape.numHeads())
        .mlps(shape.catMlps(), shape.numMlps())
        .sizes(shape.varSize(), data.maxLength())
        .maskedClasses(masked)
        .causal(data.causal())
        .pooled(data.pooled())
        .attentionScores(attentionScores)
        .wordVariables(wordVariables)
        .build();
  }

  /** {@code examples} as this run's model reads them. */
  EncodedBatch encode(List<Example> examples) {
    return encoder(modelConfig()).encode(examples);
  }

  /** The encoder of this run's examples: with word embeddings, each token normalised and unknown words {@code <unk>}. */
  DatasetEncoder encoder(ModelConfig config) {
    if (!config.factored()) {
      return new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength());
    }
    Set<String> words = Set.copyOf(config.vocabulary());
    return new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength(), token -> {
      String word = replaceDigits ? WordEmbeddings.replaceDigitRuns(token) : token;
      return words.contains(word) ? word : SpecialTokens.UNK;
    });
  }

  /** Trains, discretises, checks and writes everything into {@code out}; resumes from its checkpoint if asked. */
  public Result run(Path out, boolean resume) throws IOException {
    if (standard) {
      return new StandardBaseline(this).run(out, resume);
    }
    ModelConfig config = modelConfig();
    DatasetEncoder encoder = encoder(config);
    EncodedBatch train = encoder.encode(data.train());
    EncodedBatch validation = encoder.encode(data.validation());
    EncodedBatch test = encoder.encode(data.test());
    long t0 = System.nanoTime();
    try (TransformerProgramModel model =
        new TransformerProgramModel(
            config, training.seed(), (float) training.learningRate(), threads, embeddingLogits)) {
      double graphBuild = RunMetrics.Timings.secondsSince(t0);
      long t1 = System.nanoTime();
      Trainer trainer = trainer(model, fingerprint(config));
      List<EpochRecord> curve = trainer.train(train, validation, out.resolve(RunFiles.CHECKPOINT), resume);
      trainer.restoreBest();
      double trainingSeconds = RunMetrics.Timings.secondsSince(t1);
      Trainer.ClassifierFit fit = trainer.fitClassifier(train, validation, classifierEpochs);
      long t2 = System.nanoTime();
      Program program = new Discretiser(model).discretise(data.task(), replaceDigits);
      double discretise = RunMetrics.Timings.secondsSince(t2);
      long t3 = System.nanoTime();
      ProgramCheck check = new ProgramCheck(model, program, config);
      ProgramCheck.Comparison onTrain = check.compare(data.train(), train);
      ProgramCheck.Comparison onValidation = check.compare(data.validation(), validation);
      ProgramCheck.Comparison onTest = check.compare(data.test(), test);
      var accuracy = new RunMetrics.Splits<>(
          check.accuracy(onTrain, data.train(), train),
          check.accuracy(onValidation, data.validation(), validation),
          check.accuracy(onTest, data.test(), test));
      RunMetrics.AccuracyByLength byLength =
          new RunMetrics.AccuracyByLength(
              check.lengthAccuracy(data.test()),
              balancedSet.isEmpty() ? null : balancedSetSeed,
              balancedSet.isEmpty() ? null : check.lengthAccuracy(balancedSet));
      double checkSeconds = RunMetrics.Timings.secondsSince(t3);
      List<ProgramExample> examples = data.test().stream()
          .map(e -> new ProgramExample(e.tokens(), e.labels()))
          .filter(ProgramExample::writable)
          .limit(3)
          .toList();
      PythonEmitter.EmittedFiles files =
          new PythonEmitter(program)
              .emit(out, new EmitOptions(data.task(), onTest.programAccuracy(), onTest.agreementFraction(), examples));
      ProgramCheck.EmittedRuns emitted = check.runEmitted(files.program(), data.test(), test);
      var agreement = new RunMetrics.Splits<>(
          onTrain.agreement(), onValidation.agreement(), onTest.agreement().withEmitted(emitted));
      RunMetrics.Timings timings = new RunMetrics.Timings(graphBuild, trainingSeconds, secondsPerEpoch(curve),
          fit.seconds(), discretise, checkSeconds, emitted.jythonSeconds(), emitted.cpythonSeconds());
      RunMetrics metrics = new RunMetrics.Program(data.task(), RunMetrics.Program.MODEL, configuration(config),
          training.seed(), data.description(), splitCounts(), accuracy, agreement, byLength, curve.size(),
          trainer.bestEpoch(), selectByLengths ? trainer.selectionScores() : null, RunMetrics.ClassifierFit.of(fit),
          timings);
      RunFiles.writeMetrics(out, metrics);
      RunFiles.writeCurves(out, curve);
      return new Result(program, metrics, curve);
    }
  }

  /** The trainer of this run's model, drawing balanced lengths if asked. */
  Trainer trainer(TrainableModel model, String fingerprint) {
    Trainer trainer = new Trainer(model, training, fingerprint).showProgress(showProgress).onEpoch(listener);
    int[] lengths = balancedLengths || shortFirstEpochs > 0 ? lengthGroups(data.train()) : null;
    if (balancedLengths) {
      trainer.balanceGroups(lengths);
    }
    if (shortFirstEpochs > 0) {
      trainer.shortFirst(lengths, shortFirstEpochs);
    }
    if (selectByLengths) {
      trainer.selectBy(LengthBalancedScore.of(data.validation(), data.train(), this::encode, training.batchSize()));
    }
    return trainer;
  }

  static double secondsPerEpoch(List<EpochRecord> curve) {
    return curve.stream().mapToDouble(EpochRecord::seconds).average().orElse(0);
  }

  Data data() {
    return data;
  }

  Shape shape() {
    return shape;
  }

  TrainingConfig training() {
    return training;
  }

  int threads() {
    return threads;
  }

  double dropoutRate() {
    return dropout;
  }

  /** Each example's input length in symbols, the groups of {@link Trainer#balanceGroups} for balanced lengths. */
  static int[] lengthGroups(List<Example> train) {
    return train.stream().mapToInt(e -> Datasets.symbols(e.tokens())).toArray();
  }

  /** A stable description of everything that makes two runs' training identical. */
  String fingerprint(ModelConfig config) {
    String full = config + " " + training + " train=" + data.train().size() + " validation=" + data.validation().size()
        + (balancedLengths ? " balanced-lengths" : "") + (selectByLengths ? " select-by-lengths" : "")
        + (shortFirstEpochs > 0 ? " short-first=" + shortFirstEpochs : "");
    // An NLP vocabulary makes the text longer than a checkpoint can hold (64 KB); its digest tells runs apart as well.
    return config.factored() ? "sha256 " + sha256(full) : full;
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Java guarantees SHA-256", e);
    }
  }

  /** The configuration section of this run's metrics. */
  RunMetrics.Configuration configuration(ModelConfig config) {
    boolean factored = config.factored();
    return new RunMetrics.Configuration(
        config.shape(),
        config.mlpHidden(),
        config.attentionScores().id(),
        config.causal(),
        config.pooled(),
        factored ? config.wordVariables() : null,
        factored ? replaceDigits : null,
        factored ? (embeddingLogits != null ? "given" : "random") : null,
        factored ? config.vocabulary().size() : null,
        factored ? null : config.vocabulary(),
        config.classes(),
        config.maskedClasses(),
        training.epochs(),
        training.batchSize(),
        training.learningRate(),
        training.tauStart(),
        training.tauEnd(),
        balancedLengths,
        selectByLengths ? Boolean.TRUE : null,
        shortFirstEpochs > 0 ? shortFirstEpochs : null,
        standard ? null : classifierEpochs,
        null,
        null,
        null,
        null);
  }

  RunMetrics.SplitCounts splitCounts() {
    return new RunMetrics.SplitCounts(data.train().size(), data.validation().size(), data.test().size());
  }
}
