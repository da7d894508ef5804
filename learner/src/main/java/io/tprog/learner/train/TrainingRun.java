package io.tprog.learner.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.SpecialTokens;
import io.tprog.learner.files.AtomicFiles;
import io.tprog.learner.model.AttentionScores;
import io.tprog.learner.model.Discretiser;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.StandardTransformerModel;
import io.tprog.learner.model.TrainableModel;
import io.tprog.learner.model.TransformerProgramModel;
import io.tprog.learner.metrics.EntityScores;
import io.tprog.learner.program.EmitOptions;
import io.tprog.learner.program.Program;
import io.tprog.learner.program.ProgramEvaluator;
import io.tprog.learner.program.ProgramExample;
import io.tprog.learner.program.ProgramRunException;
import io.tprog.learner.program.ProgramRunner;
import io.tprog.learner.program.PythonEmitter;
import io.tprog.learner.program.WordEmbeddings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One end-to-end training run: train (or resume), go back to the epoch whose argmax model had the best validation
 * accuracy (the latest among equals; {@code selected_epoch} in the metrics), fit the classifier to the argmax model's
 * features ({@link Trainer#fitClassifier}; {@code classifier_fit} in the metrics), discretise, measure the program
 * and its agreement with the argmax model on every split, emit the program, and write {@code metrics.json},
 * {@code curves.csv} and the checkpoint into the output folder.
 */
public final class TrainingRun {
  /** File names inside the output folder. */
  public static final String METRICS = "metrics.json";

  public static final String CURVES = "curves.csv";
  public static final String CHECKPOINT = "checkpoint.bin";

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
      Map<String, Object> description) {

    /** The splits and settings of a dataset (generated from a task or read from a file). */
    public static Data of(Dataset dataset, int maxLength) {
      Map<String, Object> description = new LinkedHashMap<>();
      description.put("name", dataset.name());
      dataset.spec().ifPresent(spec -> {
        description.put("seed", spec.seed());
        description.put("size_before_deduplication", spec.size());
        description.put("vocab_size", spec.vocabSize());
        description.put("max_length", spec.maxLength());
      });
      description.put("split_sizes", dataset.splitSizes());
      description.put("note", "synthetic inputs are de-duplicated before splitting; splits are 10% test, then 10% of the rest validation, by seed");
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
          description);
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
  public record Result(Program program, Map<String, Object> metrics, List<EpochRecord> curve) {}

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
   * ({@code accuracy_by_length} in the metrics). Its inputs may occur in the training split: a short length has too
   * few inputs to keep apart.
   */
  public TrainingRun balancedSet(List<Example> examples, long seed) {
    this.balancedSet = List.copyOf(examples);
    this.balancedSetSeed = seed;
    return this;
  }

  /**
   * The program's accuracy by input length on the test split and, when one was given, on the length-balanced set.
   *
   * @param balancedSeed the seed the balanced set was drawn with (null without one)
   */
  public record AccuracyByLength(LengthAccuracy test, Long balancedSeed, LengthAccuracy balanced) {}

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
    return new ModelConfig(
        shape.layers(),
        shape.catHeads(),
        shape.numHeads(),
        shape.catMlps(),
        shape.numMlps(),
        shape.varSize(),
        data.maxLength(),
        data.vocabulary(),
        data.classes(),
        SpecialTokens.PAD,
        masked,
        data.causal(),
        data.pooled(),
        64,
        attentionScores,
        wordVariables);
  }

  /** {@code examples} as this run's model reads them. */
  EncodedBatch encode(List<Example> examples) {
    return encoder(modelConfig()).encode(examples);
  }

  /** The encoder of this run's examples: with word embeddings, each token normalised and unknown words {@code <unk>}. */
  private DatasetEncoder encoder(ModelConfig config) {
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
      return runStandard(out, resume);
    }
    ModelConfig config = modelConfig();
    DatasetEncoder encoder = encoder(config);
    EncodedBatch train = encoder.encode(data.train());
    EncodedBatch validation = encoder.encode(data.validation());
    EncodedBatch test = encoder.encode(data.test());
    Map<String, Object> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    try (TransformerProgramModel model =
        new TransformerProgramModel(
            config, training.seed(), (float) training.learningRate(), threads, embeddingLogits)) {
      timings.put("graph_build_seconds", seconds(t0));
      long t1 = System.nanoTime();
      Trainer trainer = new Trainer(model, training, fingerprint(config)).showProgress(showProgress).onEpoch(listener);
      if (balancedLengths) {
        trainer.balanceGroups(lengthGroups(data.train()));
      }
      if (selectByLengths) {
        trainer.selectBy(
            LengthBalancedScore.of(data.validation(), data.train(), encoder::encode, training.batchSize()));
      }
      List<EpochRecord> curve = trainer.train(train, validation, out.resolve(CHECKPOINT), resume);
      trainer.restoreBest();
      timings.put("training_seconds_this_process", seconds(t1));
      timings.put(
          "seconds_per_epoch",
          curve.stream().mapToDouble(EpochRecord::seconds).average().orElse(0));
      Trainer.ClassifierFit fit = trainer.fitClassifier(train, validation, classifierEpochs);
      timings.put("classifier_fit_seconds", fit.seconds());
      long t2 = System.nanoTime();
      Program program = new Discretiser(model).discretise(data.task(), replaceDigits);
      timings.put("discretise_seconds", seconds(t2));
      long t3 = System.nanoTime();
      ProgramEvaluator evaluator = new ProgramEvaluator(program);
      Map<String, Object> accuracy = new LinkedHashMap<>();
      Map<String, Object> agreement = new LinkedHashMap<>();
      Comparison testComparison = null;
      for (Map.Entry<String, EncodedBatch> split :
          List.of(Map.entry("train", train), Map.entry("validation", validation), Map.entry("test", test))) {
        List<Example> examples =
            switch (split.getKey()) {
              case "train" -> data.train();
              case "validation" -> data.validation();
              default -> data.test();
            };
        Comparison c = compare(model, evaluator, program, examples, split.getValue(), config);
        Map<String, Object> splitAccuracy = c.accuracyMap();
        if (tagsEntities(config)) {
          splitAccuracy.put("program_entities", entityMap(examples, examples.stream()
              .map(e -> evaluator.predict(e.tokens())).toList()));
          splitAccuracy.put("model_entities", entityMap(examples,
              modelPredictions(model, split.getValue(), examples, config)));
        }
        accuracy.put(split.getKey(), splitAccuracy);
        agreement.put(split.getKey(), c.agreementMap());
        if (split.getKey().equals("test")) {
          testComparison = c;
        }
      }
      AccuracyByLength byLength =
          new AccuracyByLength(
              lengthAccuracy(evaluator, data.test(), config),
              balancedSet.isEmpty() ? null : balancedSetSeed,
              balancedSet.isEmpty() ? null : lengthAccuracy(evaluator, balancedSet, config));
      timings.put("check_seconds", seconds(t3));
      List<ProgramExample> examples = data.test().stream()
          .map(e -> new ProgramExample(e.tokens(), e.labels()))
          .filter(ProgramExample::writable)
          .limit(3)
          .toList();
      PythonEmitter.EmittedFiles files =
          new PythonEmitter(program)
              .emit(
                  out,
                  new EmitOptions(
                      data.task(), testComparison.programAccuracy(), testComparison.agreementFraction(), examples));
      long t4 = System.nanoTime();
      List<List<String>> inputs = data.test().stream().map(Example::tokens).toList();
      List<List<String>> modelTest = modelPredictions(model, test, data.test(), config);
      @SuppressWarnings("unchecked")
      Map<String, Object> testAgreement = (Map<String, Object>) agreement.get("test");
      // A program Jython cannot run (a function over its bytecode limit) is still a result: say so in the metrics.
      try {
        long[] jython =
            agreement(program, data.test(), modelTest, ProgramRunner.runJython(files.program(), inputs));
        testAgreement.put("model_vs_jython_positions_agreed", jython[0]);
        testAgreement.put("model_vs_jython_positions_compared", jython[1]);
      } catch (ProgramRunException e) {
        testAgreement.put("jython_error", e.getMessage());
      }
      timings.put("jython_check_seconds", seconds(t4));
      if (ProgramRunner.cpythonAvailable()) {
        long t5 = System.nanoTime();
        long[] cpython =
            agreement(program, data.test(), modelTest, ProgramRunner.runCPython(files.program(), inputs));
        testAgreement.put("model_vs_cpython_positions_agreed", cpython[0]);
        testAgreement.put("model_vs_cpython_positions_compared", cpython[1]);
        timings.put("cpython_check_seconds", seconds(t5));
      }

      Map<String, Object> metrics = new LinkedHashMap<>();
      metrics.put("task", data.task());
      metrics.put("model", "transformer-program");
      metrics.put("configuration", configurationMap(config));
      metrics.put("seed", training.seed());
      metrics.put("dataset", data.description());
      metrics.put(
          "examples",
          splitCounts(data.train().size(), data.validation().size(), data.test().size()));
      metrics.put("accuracy", accuracy);
      metrics.put("agreement", agreement);
      metrics.put("accuracy_by_length", byLength);
      metrics.put("epochs_completed", curve.size());
      metrics.put("selected_epoch", trainer.bestEpoch());
      if (selectByLengths) {
        metrics.put("selection_by_lengths", trainer.selectionScores());
      }
      metrics.put("classifier_fit", classifierFitMap(fit));
      metrics.put("timings", timings);
      writeMetrics(out, metrics);
      writeCurves(out, curve);
      return new Result(program, metrics, curve);
    }
  }

  /** Whether the labels are IOB tags, so that entity-level scores apply. */
  private static boolean tagsEntities(ModelConfig config) {
    return !config.pooled() && config.classes().stream().anyMatch(c -> c.startsWith("B-"));
  }

  /** Strict IOB2 entity precision, recall and F1 of {@code predicted} against the examples' labels. */
  private static Map<String, Object> entityMap(List<Example> examples, List<List<String>> predicted) {
    EntityScores s = EntityScores.of(examples.stream().map(Example::labels).toList(), predicted);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", s.precision());
    m.put("recall", s.recall());
    m.put("f1", s.f1());
    m.put("correct", s.correct());
    m.put("predicted", s.predicted());
    m.put("gold", s.gold());
    return m;
  }

  /** Width of the standard Transformer baseline. */
  public static final int STANDARD_WIDTH = 64;

  /**
   * The baseline: same splits, loop, seed and checkpointing; it has no program, so the metrics hold its accuracies
   * only. Heads per layer are the run's categorical plus numerical heads (4 when that does not divide the width).
   */
  private Result runStandard(Path out, boolean resume) throws IOException {
    ModelConfig config = modelConfig();
    int heads = shape.catHeads() + shape.numHeads();
    if (heads < 1 || STANDARD_WIDTH % heads != 0) {
      heads = 4;
    }
    DatasetEncoder encoder = encoder(config);
    Map<String, List<Example>> splits = new LinkedHashMap<>();
    splits.put("train", data.train());
    splits.put("validation", data.validation());
    splits.put("test", data.test());
    Map<String, EncodedBatch> encoded = new LinkedHashMap<>();
    splits.forEach((name, examples) -> encoded.put(name, encoder.encode(examples)));
    Map<String, Object> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    try (StandardTransformerModel model =
        new StandardTransformerModel(
            config, STANDARD_WIDTH, heads, training.seed(), (float) training.learningRate(), threads, (float) dropout)) {
      timings.put("graph_build_seconds", seconds(t0));
      long t1 = System.nanoTime();
      Trainer trainer =
          new Trainer(model, training,
              "standard " + heads + " heads " + (dropout > 0 ? "dropout " + dropout + " " : "") + fingerprint(config))
              .showProgress(showProgress)
              .onEpoch(listener);
      if (balancedLengths) {
        trainer.balanceGroups(lengthGroups(data.train()));
      }
      if (selectByLengths) {
        trainer.selectBy(
            LengthBalancedScore.of(data.validation(), data.train(), encoder::encode, training.batchSize()));
      }
      List<EpochRecord> curve =
          trainer.train(encoded.get("train"), encoded.get("validation"), out.resolve(CHECKPOINT), resume);
      trainer.restoreBest();
      timings.put("training_seconds_this_process", seconds(t1));
      timings.put("seconds_per_epoch", curve.stream().mapToDouble(EpochRecord::seconds).average().orElse(0));
      Map<String, Object> accuracy = new LinkedHashMap<>();
      for (String split : splits.keySet()) {
        List<Example> examples = splits.get(split);
        List<List<String>> predicted = modelPredictions(model, encoded.get(split), examples, config);
        long scoredPositions = 0;
        long correct = 0;
        long sequencesCorrect = 0;
        for (int e = 0; e < examples.size(); e++) {
          boolean allRight = true;
          Example example = examples.get(e);
          int positions = config.pooled() ? 1 : example.length();
          for (int i = 0; i < positions; i++) {
            if (!example.labels().get(i).equals(SpecialTokens.PAD)) {
              scoredPositions++;
              if (predicted.get(e).get(i).equals(example.labels().get(i))) {
                correct++;
              } else {
                allRight = false;
              }
            }
          }
          sequencesCorrect += allRight ? 1 : 0;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model_token_accuracy", scoredPositions == 0 ? 0 : (double) correct / scoredPositions);
        m.put("model_sequence_accuracy", examples.isEmpty() ? 0 : (double) sequencesCorrect / examples.size());
        m.put("scored_positions", scoredPositions);
        accuracy.put(split, m);
      }
      Map<String, Object> configuration = configurationMap(config);
      configuration.put("width", STANDARD_WIDTH);
      configuration.put("heads", heads);
      configuration.put("feed_forward_width", 2 * STANDARD_WIDTH);
      configuration.put("dropout", dropout);
      Map<String, Object> metrics = new LinkedHashMap<>();
      metrics.put("task", data.task());
      metrics.put("model", "standard-transformer");
      metrics.put("configuration", configuration);
      metrics.put("seed", training.seed());
      metrics.put("dataset", data.description());
      metrics.put(
          "examples", splitCounts(data.train().size(), data.validation().size(), data.test().size()));
      metrics.put("accuracy", accuracy);
      metrics.put("epochs_completed", curve.size());
      metrics.put("selected_epoch", trainer.bestEpoch());
      metrics.put("timings", timings);
      writeMetrics(out, metrics);
      writeCurves(out, curve);
      return new Result(null, metrics, curve);
    }
  }

  /** Each example's input length in symbols, the groups of {@link Trainer#balanceGroups} for balanced lengths. */
  static int[] lengthGroups(List<Example> train) {
    return train.stream().mapToInt(e -> Datasets.symbols(e.tokens())).toArray();
  }

  private static LengthAccuracy lengthAccuracy(ProgramEvaluator evaluator, List<Example> examples, ModelConfig config) {
    List<List<String>> predictions = examples.stream().map(e -> evaluator.predict(e.tokens())).toList();
    return LengthAccuracy.of(examples, predictions, config.causal());
  }

  private static Map<String, Object> classifierFitMap(Trainer.ClassifierFit fit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("epochs", fit.epochs());
    m.put("learning_rate", Double.valueOf(Float.toString(TransformerProgramModel.CLASSIFIER_FIT_RATE)));
    m.put("selected_epoch", fit.selectedEpoch());
    m.put("validation_accuracy_before", fit.validationBefore());
    m.put("validation_accuracy_after", fit.validationAfter());
    return m;
  }

  /** A stable description of everything that makes two runs' training identical. */
  private String fingerprint(ModelConfig config) {
    String full = config + " " + training + " train=" + data.train().size() + " validation=" + data.validation().size()
        + (balancedLengths ? " balanced-lengths" : "") + (selectByLengths ? " select-by-lengths" : "");
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

  private Map<String, Object> configurationMap(ModelConfig config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("layers", config.layers());
    m.put("cat_heads", config.catHeads());
    m.put("num_heads", config.numHeads());
    m.put("cat_mlps", config.catMlps());
    m.put("num_mlps", config.numMlps());
    m.put("var_size", config.varSize());
    m.put("max_length", config.maxLength());
    m.put("mlp_hidden", config.mlpHidden());
    m.put("attention_scores", config.attentionScores().id());
    m.put("causal", config.causal());
    m.put("pooled", config.pooled());
    if (config.factored()) {
      m.put("word_variables", config.wordVariables());
      m.put("replace_digits", replaceDigits);
      m.put("embeddings_initialised", embeddingLogits != null ? "given" : "random");
      m.put("vocabulary_size", config.vocabulary().size());
    } else {
      m.put("vocabulary", config.vocabulary());
    }
    m.put("classes", config.classes());
    m.put("masked_classes", config.maskedClasses());
    m.put("epochs", training.epochs());
    m.put("batch_size", training.batchSize());
    m.put("learning_rate", training.learningRate());
    m.put("tau_start", training.tauStart());
    m.put("tau_end", training.tauEnd());
    m.put("balanced_lengths", balancedLengths);
    m.put("select_by_lengths", selectByLengths);
    if (!standard) {
      m.put("classifier_epochs", classifierEpochs);
    }
    return m;
  }

  /**
   * The program against the labels and against the argmax model on one split. Positions compared are those where the
   * program predicts (every real position, except {@code <s>}/{@code </s>} which the program echoes; position 0 only
   * for a pooled program); accuracy counts scored positions only.
   */
  record Comparison(
      long scored, long programCorrect, long modelCorrect, long sequences, long sequencesCorrect, long compared,
      long agreed, long examplesAgreed) {

    double programAccuracy() {
      return scored == 0 ? 0 : (double) programCorrect / scored;
    }

    double agreementFraction() {
      return compared == 0 ? 1 : (double) agreed / compared;
    }

    Map<String, Object> accuracyMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("program_token_accuracy", programAccuracy());
      m.put("model_token_accuracy", scored == 0 ? 0 : (double) modelCorrect / scored);
      m.put("program_sequence_accuracy", sequences == 0 ? 0 : (double) sequencesCorrect / sequences);
      m.put("scored_positions", scored);
      return m;
    }

    Map<String, Object> agreementMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model_vs_java_positions_agreed", agreed);
      m.put("model_vs_java_positions_compared", compared);
      m.put("model_vs_java_examples_agreed", examplesAgreed);
      m.put("examples", sequences);
      return m;
    }
  }

  static Comparison compare(
      TransformerProgramModel model,
      ProgramEvaluator evaluator,
      Program program,
      List<Example> examples,
      EncodedBatch batch,
      ModelConfig config) {
    int n = config.maxLength();
    long scored = 0;
    long programCorrect = 0;
    long modelCorrect = 0;
    long sequencesCorrect = 0;
    long compared = 0;
    long agreed = 0;
    long examplesAgreed = 0;
    int chunk = 2048;
    for (int from = 0; from < examples.size(); from += chunk) {
      int count = Math.min(chunk, examples.size() - from);
      int[] predictions = model.predict(batch.slice(from, count));
      for (int r = 0; r < count; r++) {
        Example example = examples.get(from + r);
        List<String> programPredictions = evaluator.predict(example.tokens());
        boolean allRight = true;
        boolean allAgree = true;
        int positions = config.pooled() ? 1 : example.length();
        for (int i = 0; i < positions; i++) {
          String label = example.labels().get(i);
          String modelLabel = config.classes().get(predictions[r * n + i]);
          String programLabel = programPredictions.get(i);
          boolean echoed =
              program.marksBoundaries() && Program.BOUNDARY_TOKENS.contains(example.tokens().get(i));
          if (!echoed) {
            compared++;
            if (modelLabel.equals(programLabel)) {
              agreed++;
            } else {
              allAgree = false;
            }
          }
          if (!label.equals(SpecialTokens.PAD)) {
            scored++;
            if (programLabel.equals(label)) {
              programCorrect++;
            } else {
              allRight = false;
            }
            if (modelLabel.equals(label)) {
              modelCorrect++;
            }
          }
        }
        sequencesCorrect += allRight ? 1 : 0;
        examplesAgreed += allAgree ? 1 : 0;
      }
    }
    return new Comparison(
        scored, programCorrect, modelCorrect, examples.size(), sequencesCorrect, compared, agreed, examplesAgreed);
  }

  /** The argmax model's label at every position of every example. */
  static List<List<String>> modelPredictions(
      TrainableModel model, EncodedBatch batch, List<Example> examples, ModelConfig config) {
    int n = config.maxLength();
    List<List<String>> out = new ArrayList<>();
    int chunk = 2048;
    for (int from = 0; from < examples.size(); from += chunk) {
      int count = Math.min(chunk, examples.size() - from);
      int[] predictions = model.predict(batch.slice(from, count));
      for (int r = 0; r < count; r++) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < examples.get(from + r).length(); i++) {
          labels.add(config.classes().get(predictions[r * n + i]));
        }
        out.add(labels);
      }
    }
    return out;
  }

  /** {agreed, compared}: positions where a run of the emitted program gives the model's label. */
  static long[] agreement(
      Program program, List<Example> examples, List<List<String>> model, List<List<String>> emitted) {
    long agreed = 0;
    long compared = 0;
    for (int e = 0; e < examples.size(); e++) {
      Example example = examples.get(e);
      int positions = program.config().pooled() ? 1 : example.length();
      for (int i = 0; i < positions; i++) {
        if (program.marksBoundaries() && Program.BOUNDARY_TOKENS.contains(example.tokens().get(i))) {
          continue;
        }
        compared++;
        if (i < emitted.get(e).size() && emitted.get(e).get(i).equals(model.get(e).get(i))) {
          agreed++;
        }
      }
    }
    return new long[] {agreed, compared};
  }

  static void writeMetrics(Path out, Map<String, Object> metrics) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    AtomicFiles.write(out.resolve(METRICS), mapper.writeValueAsString(metrics) + "\n");
  }

  static void writeCurves(Path out, List<EpochRecord> curve) throws IOException {
    StringBuilder csv = new StringBuilder("epoch,loss,train_accuracy,temperature,validation_accuracy,seconds\n");
    for (EpochRecord r : curve) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%s,%s,%s,%s,%s%n",
              r.epoch(),
              r.loss(),
              r.trainAccuracy(),
              r.temperature(),
              r.validationAccuracy(),
              r.seconds()));
    }
    AtomicFiles.write(out.resolve(CURVES), csv.toString());
  }

  private static Map<String, Object> splitCounts(int train, int validation, int test) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("train", train);
    m.put("validation", validation);
    m.put("test", test);
    return m;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
