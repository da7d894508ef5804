package io.tprog.learner.train;

import io.tprog.learner.data.Example;
import io.tprog.learner.data.SpecialTokens;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.ModelConfig;
import io.tprog.learner.model.TrainableModel;
import io.tprog.learner.model.TransformerProgramModel;
import io.tprog.learner.program.Program;
import io.tprog.learner.program.ProgramEvaluator;
import io.tprog.learner.program.ProgramRunException;
import io.tprog.learner.program.ProgramRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a discretised program against its argmax model and the labels: the Java evaluator on every split,
 * accuracy by length, entity scores for IOB tags, and the emitted program run in Jython and CPython. Positions
 * compared are those where the program predicts (every real position, except {@code <s>}/{@code </s>} which the
 * program echoes; a pooled program answers {@code <pad>} after position 0, as its model is read); accuracy counts
 * scored positions only.
 */
final class ProgramCheck {
  /** Examples the model predicts at once. */
  private static final int CHUNK = 2048;

  private final TransformerProgramModel model;
  private final Program program;
  private final ProgramEvaluator evaluator;
  private final ModelConfig config;

  ProgramCheck(TransformerProgramModel model, Program program, ModelConfig config) {
    this.model = model;
    this.program = program;
    this.evaluator = new ProgramEvaluator(program);
    this.config = config;
  }

  /** Positions where two predictors gave the same label, of those compared. */
  record Count(long agreed, long compared) {
    /** The fraction agreed, 1 when nothing was compared. */
    double fraction() {
      return compared == 0 ? 1 : (double) agreed / compared;
    }
  }

  /** The program against the labels and against the argmax model on one split. */
  record Comparison(
      long scored, long programCorrect, long modelCorrect, long sequences, long sequencesCorrect, long compared,
      long agreed, long examplesAgreed) {

    double programAccuracy() {
      return scored == 0 ? 0 : (double) programCorrect / scored;
    }

    double agreementFraction() {
      return new Count(agreed, compared).fraction();
    }

    RunMetrics.Agreement agreement() {
      return new RunMetrics.Agreement(agreed, compared, examplesAgreed, sequences);
    }
  }

  /**
   * The emitted program's runs on the test split: Jython's agreement with the model, or why Jython could not run it
   * (a function over its bytecode limit is still a result), and CPython's when it is present (null otherwise).
   *
   * @param jythonSeconds the model's predictions and the Jython run
   */
  record EmittedRuns(Count jython, String jythonError, Count cpython, double jythonSeconds, Double cpythonSeconds) {}

  Comparison compare(List<Example> examples, EncodedBatch batch) {
    int n = config.maxLength();
    long scored = 0;
    long programCorrect = 0;
    long modelCorrect = 0;
    long sequencesCorrect = 0;
    long compared = 0;
    long agreed = 0;
    long examplesAgreed = 0;
    for (int from = 0; from < examples.size(); from += CHUNK) {
      int count = Math.min(CHUNK, examples.size() - from);
      int[] predictions = model.predict(batch.slice(from, count));
      for (int r = 0; r < count; r++) {
        Example example = examples.get(from + r);
        List<String> programPredictions = evaluator.predict(example.tokens());
        boolean allRight = true;
        boolean allAgree = true;
        int positions = example.length();
        for (int i = 0; i < positions; i++) {
          String label = example.labels().get(i);
          String modelLabel = modelLabel(config, predictions, r * n, i);
          String programLabel = programPredictions.get(i);
          if (!echoed(example, i)) {
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

  /** A split's accuracies from its comparison, with the entity scores of program and model for IOB tags. */
  RunMetrics.ProgramAccuracy accuracy(Comparison c, List<Example> examples, EncodedBatch batch) {
    RunMetrics.Entities programEntities = null;
    RunMetrics.Entities modelEntities = null;
    if (tagsEntities(config)) {
      programEntities = RunMetrics.Entities.of(examples, programPredictions(examples));
      modelEntities = RunMetrics.Entities.ofScored(examples, modelPredictions(model, batch, examples, config));
    }
    return new RunMetrics.ProgramAccuracy(
        c.programAccuracy(),
        c.scored() == 0 ? 0 : (double) c.modelCorrect() / c.scored(),
        c.sequences() == 0 ? 0 : (double) c.sequencesCorrect() / c.sequences(),
        c.scored(),
        programEntities,
        modelEntities);
  }

  /** The program's accuracy by input length on {@code examples}. */
  LengthAccuracy lengthAccuracy(List<Example> examples) {
    return LengthAccuracy.of(examples, programPredictions(examples), config.causal());
  }

  /** Runs the emitted program on the test split in Jython, and in CPython when present, against the model. */
  EmittedRuns runEmitted(Path programFile, List<Example> test, EncodedBatch testBatch) throws IOException {
    long started = System.nanoTime();
    List<List<String>> inputs = test.stream().map(Example::tokens).toList();
    List<List<String>> modelTest = modelPredictions(model, testBatch, test, config);
    Count jython = null;
    String jythonError = null;
    try {
      jython = agreement(test, modelTest, ProgramRunner.runJython(programFile, inputs));
    } catch (ProgramRunException e) {
      jythonError = e.getMessage();
    }
    double jythonSeconds = RunMetrics.Timings.secondsSince(started);
    Count cpython = null;
    Double cpythonSeconds = null;
    if (ProgramRunner.cpythonAvailable()) {
      long cpythonStarted = System.nanoTime();
      cpython = agreement(test, modelTest, ProgramRunner.runCPython(programFile, inputs));
      cpythonSeconds = RunMetrics.Timings.secondsSince(cpythonStarted);
    }
    return new EmittedRuns(jython, jythonError, cpython, jythonSeconds, cpythonSeconds);
  }

  /** Whether the labels are IOB tags, so that entity-level scores apply. */
  static boolean tagsEntities(ModelConfig config) {
    return !config.pooled() && config.classes().stream().anyMatch(c -> c.startsWith("B-"));
  }

  private List<List<String>> programPredictions(List<Example> examples) {
    return examples.stream().map(e -> evaluator.predict(e.tokens())).toList();
  }

  /** Whether the program echoes the token at position {@code i} instead of predicting it. */
  private boolean echoed(Example example, int i) {
    return program.marksBoundaries() && Program.BOUNDARY_TOKENS.contains(example.tokens().get(i));
  }

  /** The argmax model's label at every position of every example. */
  static List<List<String>> modelPredictions(
      TrainableModel model, EncodedBatch batch, List<Example> examples, ModelConfig config) {
    int n = config.maxLength();
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < examples.size(); from += CHUNK) {
      int count = Math.min(CHUNK, examples.size() - from);
      int[] predictions = model.predict(batch.slice(from, count));
      for (int r = 0; r < count; r++) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < examples.get(from + r).length(); i++) {
          labels.add(modelLabel(config, predictions, r * n, i));
        }
        out.add(labels);
      }
    }
    return out;
  }

  /**
   * The argmax model's label at position {@code i} of the example whose predictions start at {@code offset}; a pooled
   * model classifies at position 0 only and answers {@code <pad>} elsewhere, as its program does.
   */
  private static String modelLabel(ModelConfig config, int[] predictions, int offset, int i) {
    return config.pooled() && i > 0 ? SpecialTokens.PAD : config.classes().get(predictions[offset + i]);
  }

  /** Positions where a run of the emitted program gives the model's label. */
  private Count agreement(List<Example> examples, List<List<String>> model, List<List<String>> emitted) {
    long agreed = 0;
    long compared = 0;
    for (int e = 0; e < examples.size(); e++) {
      Example example = examples.get(e);
      int positions = example.length();
      for (int i = 0; i < positions; i++) {
        if (echoed(example, i)) {
          continue;
        }
        compared++;
        if (i < emitted.get(e).size() && emitted.get(e).get(i).equals(model.get(e).get(i))) {
          agreed++;
        }
      }
    }
    return new Count(agreed, compared);
  }
}
