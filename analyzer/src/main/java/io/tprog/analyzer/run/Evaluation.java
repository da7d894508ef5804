package io.tprog.analyzer.run;

import io.tprog.analyzer.data.Example;
import java.util.List;

/**
 * A program's score on a list of examples: scored positions right out of scored positions, sequences with every
 * scored position right out of sequences, and the predictions for every example (same order as the examples).
 */
public record Evaluation(
    int positionsCorrect, int positions, int sequencesCorrect, int sequences, List<Example> examples, List<List<String>> predictions) {

  public Evaluation {
    examples = List.copyOf(examples);
    predictions = List.copyOf(predictions);
  }

  /** Scores {@code predictions} against the labels of {@code examples}. */
  public static Evaluation of(List<Example> examples, List<List<String>> predictions) {
    int right = 0;
    int scored = 0;
    int sequencesRight = 0;
    for (int e = 0; e < examples.size(); e++) {
      Example example = examples.get(e);
      boolean allRight = true;
      for (int i = 0; i < example.labels().size(); i++) {
        if (example.scored(i)) {
          scored++;
          if (example.labels().get(i).equals(predictions.get(e).get(i))) {
            right++;
          } else {
            allRight = false;
          }
        }
      }
      if (allRight) {
        sequencesRight++;
      }
    }
    return new Evaluation(right, scored, sequencesRight, examples.size(), examples, predictions);
  }

  public double positionAccuracy() {
    return positions == 0 ? 1.0 : (double) positionsCorrect / positions;
  }

  public double sequenceAccuracy() {
    return sequences == 0 ? 1.0 : (double) sequencesCorrect / sequences;
  }

  /** Examples with at least one wrong scored position. */
  public int misclassified() {
    return sequences - sequencesCorrect;
  }

  /** The indexes (into {@link #examples()}) of the misclassified examples, in dataset order. */
  public List<Integer> misclassifiedIndexes() {
    return java.util.stream.IntStream.range(0, examples.size()).filter(e -> !correct(e)).boxed().toList();
  }

  /** Whether every scored position of example {@code e} is right. */
  public boolean correct(int e) {
    Example example = examples.get(e);
    for (int i = 0; i < example.labels().size(); i++) {
      if (example.scored(i) && !example.labels().get(i).equals(predictions.get(e).get(i))) {
        return false;
      }
    }
    return true;
  }

  /** How many predictions differ from {@code other}'s, position by position (both over the same examples). */
  public int changedPredictions(Evaluation other) {
    int changed = 0;
    for (int e = 0; e < predictions.size(); e++) {
      List<String> mine = predictions.get(e);
      List<String> theirs = other.predictions.get(e);
      for (int i = 0; i < mine.size(); i++) {
        if (!mine.get(i).equals(theirs.get(i))) {
          changed++;
        }
      }
    }
    return changed;
  }
}
