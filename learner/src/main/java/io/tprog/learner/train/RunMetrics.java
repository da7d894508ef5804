package io.tprog.learner.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.tprog.learner.data.DatasetDescription;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.SpecialTokens;
import io.tprog.learner.metrics.EntityScores;
import io.tprog.learner.model.TransformerProgramModel;
import io.tprog.learner.program.ProgramShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a training run measured: the content of {@code metrics.json}, one record per section, written by {@link
 * RunFiles#writeMetrics} with snake_case keys in component order (a null component is left out where it, or its whole
 * record, is marked so). A Transformer Program's run gives {@link Program}, the standard baseline's {@link Standard};
 * {@code model} tells them apart when the file is read back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "model", visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(value = RunMetrics.Program.class, name = RunMetrics.Program.MODEL),
  @JsonSubTypes.Type(value = RunMetrics.Standard.class, name = RunMetrics.Standard.MODEL)
})
public sealed interface RunMetrics permits RunMetrics.Program, RunMetrics.Standard {

  String task();

  Configuration configuration();

  DatasetDescription dataset();

  Timings timings();

  /**
   * A Transformer Program's run.
   *
   * @param selectedEpoch the epoch whose argmax model had the best validation accuracy, the program's
   */
  record Program(
      String task,
      String model,
      Configuration configuration,
      long seed,
      DatasetDescription dataset,
      SplitCounts examples,
      Splits<ProgramAccuracy> accuracy,
      Splits<Agreement> agreement,
      AccuracyByLength accuracyByLength,
      int epochsCompleted,
      int selectedEpoch,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<Integer, Double> selectionByLengths,
      ClassifierFit classifierFit,
      Timings timings)
      implements RunMetrics {
    public static final String MODEL = "transformer-program";

    public Program {
      requireModel(MODEL, model);
    }
  }

  /** The standard Transformer baseline's run: no program, so its model's accuracies only. */
  record Standard(
      String task,
      String model,
      Configuration configuration,
      long seed,
      DatasetDescription dataset,
      SplitCounts examples,
      Splits<ModelAccuracy> accuracy,
      int epochsCompleted,
      int selectedEpoch,
      Timings timings)
      implements RunMetrics {
    public static final String MODEL = "standard-transformer";

    public Standard {
      requireModel(MODEL, model);
    }
  }

  private static void requireModel(String expected, String model) {
    if (!expected.equals(model)) {
      throw new IllegalArgumentException("The metrics of a " + expected + " run cannot say model " + model + ".");
    }
  }

  /**
   * The run's settings. Factored word embeddings give {@code wordVariables} to {@code vocabularySize} and no {@code
   * vocabulary}, one-hot tokens the {@code vocabulary} only; {@code classifierEpochs} is a Transformer Program's,
   * {@code width} to {@code dropout} the standard baseline's.
   *
   * @param shape the model's module counts and sizes, written as the section's first keys
   * @param embeddingsInitialised {@code given} (from word vectors) or {@code random}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Configuration(
      @JsonUnwrapped ProgramShape shape,
      int mlpHidden,
      String attentionScores,
      boolean causal,
      boolean pooled,
      Integer wordVariables,
      Boolean replaceDigits,
      String embeddingsInitialised,
      Integer vocabularySize,
      List<String> vocabulary,
      List<String> classes,
      List<String> maskedClasses,
      int epochs,
      int batchSize,
      double learningRate,
      double tauStart,
      double tauEnd,
      boolean balancedLengths,
      Boolean selectByLengths,
      Integer shortFirstEpochs,
      Integer classifierEpochs,
      Integer width,
      Integer heads,
      Integer feedForwardWidth,
      Double dropout) {

    /** This configuration with the standard baseline's shape and dropout. */
    Configuration withStandard(int modelWidth, int headCount, double dropoutRate) {
      return new Configuration(shape, mlpHidden, attentionScores, causal, pooled, wordVariables, replaceDigits,
          embeddingsInitialised, vocabularySize, vocabulary, classes, maskedClasses, epochs, batchSize, learningRate,
          tauStart, tauEnd, balancedLengths, selectByLengths, shortFirstEpochs, classifierEpochs, modelWidth, headCount, 2 * modelWidth,
          dropoutRate);
    }
  }

  /** Examples per split. */
  record SplitCounts(int train, int validation, int test) {}

  /** One value per split. */
  record Splits<T>(T train, T validation, T test) {}

  /**
   * A program's accuracy on one split, and its argmax model's; the strict IOB2 entity scores of both when the labels
   * are IOB tags.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProgramAccuracy(
      double programTokenAccuracy,
      double modelTokenAccuracy,
      double programSequenceAccuracy,
      long scoredPositions,
      Entities programEntities,
      Entities modelEntities) {}

  /** The standard baseline's accuracy on one split, with its entity scores for IOB tags. */
  record ModelAccuracy(
      double modelTokenAccuracy,
      double modelSequenceAccuracy,
      long scoredPositions,
      @JsonInclude(JsonInclude.Include.NON_NULL) Entities modelEntities) {

    /**
     * Measures {@code predicted} (a label per position of each example) against the examples' labels, with entity
     * scores when {@code entities}.
     */
    static ModelAccuracy of(List<Example> examples, List<List<String>> predicted, boolean entities) {
      long scoredPositions = 0;
      long correct = 0;
      long sequencesCorrect = 0;
      for (int e = 0; e < examples.size(); e++) {
        boolean allRight = true;
        Example example = examples.get(e);
        int positions = example.length();
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
      return new ModelAccuracy(
          scoredPositions == 0 ? 0 : (double) correct / scoredPositions,
          examples.isEmpty() ? 0 : (double) sequencesCorrect / examples.size(),
          scoredPositions,
          entities ? Entities.ofScored(examples, predicted) : null);
    }
  }

  /** Strict IOB2 entity precision, recall and F1, and the counts they come from. */
  record Entities(double precision, double recall, double f1, long correct, long predicted, long gold) {

    /** The scores of {@code predicted} against the examples' labels. */
    static Entities of(List<Example> examples, List<List<String>> predicted) {
      EntityScores s = EntityScores.of(examples.stream().map(Example::labels).toList(), predicted);
      return new Entities(s.precision(), s.recall(), s.f1(), s.correct(), s.predicted(), s.gold());
    }

    /**
     * As {@link #of}, reading {@code predicted} at scored positions only (a label other than {@code <pad>}): what a
     * model answers at {@code <s>}, {@code </s>} or padding is never read, as a program echoes the boundaries there.
     */
    static Entities ofScored(List<Example> examples, List<List<String>> predicted) {
      List<List<String>> read = new ArrayList<>();
      for (int e = 0; e < examples.size(); e++) {
        List<String> labels = examples.get(e).labels();
        List<String> row = new ArrayList<>(predicted.get(e));
        for (int i = 0; i < row.size() && i < labels.size(); i++) {
          if (labels.get(i).equals(SpecialTokens.PAD)) {
            row.set(i, SpecialTokens.PAD);
          }
        }
        read.add(row);
      }
      return of(examples, read);
    }
  }

  /**
   * Where the program gives the argmax model's label on one split: the Java evaluator on every split; on the test
   * split also the emitted program run in Jython ({@code jythonError} instead when Jython cannot run it) and, when
   * present, CPython.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Agreement(
      long modelVsJavaPositionsAgreed,
      long modelVsJavaPositionsCompared,
      long modelVsJavaExamplesAgreed,
      long examples,
      Long modelVsJythonPositionsAgreed,
      Long modelVsJythonPositionsCompared,
      String jythonError,
      Long modelVsCpythonPositionsAgreed,
      Long modelVsCpythonPositionsCompared) {

    /** The Java evaluator's agreement alone. */
    Agreement(long agreed, long compared, long examplesAgreed, long examples) {
      this(agreed, compared, examplesAgreed, examples, null, null, null, null, null);
    }

    /** This agreement with a run of the emitted program: in Jython and, when it ran, in CPython. */
    Agreement withEmitted(ProgramCheck.EmittedRuns runs) {
      return new Agreement(modelVsJavaPositionsAgreed, modelVsJavaPositionsCompared, modelVsJavaExamplesAgreed,
          examples, runs.jython() == null ? null : runs.jython().agreed(),
          runs.jython() == null ? null : runs.jython().compared(), runs.jythonError(),
          runs.cpython() == null ? null : runs.cpython().agreed(),
          runs.cpython() == null ? null : runs.cpython().compared());
    }
  }

  /**
   * The program's accuracy by input length on the test split and, when one was given, on the length-balanced set.
   *
   * @param balancedSeed the seed the balanced set was drawn with (null without one)
   */
  record AccuracyByLength(LengthAccuracy test, Long balancedSeed, LengthAccuracy balanced) {}

  /**
   * The classifier fit after training ({@link Trainer#fitClassifier}).
   *
   * @param selectedEpoch the fit's epoch kept, 0 for the trained classifier
   */
  record ClassifierFit(
      int epochs,
      double learningRate,
      int selectedEpoch,
      double validationAccuracyBefore,
      double validationAccuracyAfter) {

    static ClassifierFit of(Trainer.ClassifierFit fit) {
      // The rate as written in the source (0.01), not the float's widened double.
      return new ClassifierFit(fit.epochs(), Double.parseDouble(Float.toString(TransformerProgramModel.CLASSIFIER_FIT_RATE)),
          fit.selectedEpoch(), fit.validationBefore(), fit.validationAfter());
    }
  }

  /**
   * Wall seconds of the run's steps. The first three are every run's; the rest a Transformer Program's ({@code
   * cpythonCheckSeconds} when CPython is present).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Timings(
      double graphBuildSeconds,
      double trainingSecondsThisProcess,
      double secondsPerEpoch,
      Double classifierFitSeconds,
      Double discretiseSeconds,
      Double checkSeconds,
      Double jythonCheckSeconds,
      Double cpythonCheckSeconds) {

    /** The timings of training alone, as the standard baseline has them. */
    Timings(double graphBuildSeconds, double trainingSecondsThisProcess, double secondsPerEpoch) {
      this(graphBuildSeconds, trainingSecondsThisProcess, secondsPerEpoch, null, null, null, null, null);
    }

    /** Wall seconds since {@code nanoTime}, a value of {@link System#nanoTime}. */
    static double secondsSince(long nanoTime) {
      return (System.nanoTime() - nanoTime) / 1e9;
    }
  }
}
