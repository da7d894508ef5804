package io.tprog.analyzer.ablation;

import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.run.Evaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples where a program predicts one class somewhere, with the program's predictions on them, and how many
 * positions it predicts as the class: what ablation searches for one class need to run and compare.
 */
record ClassPositions(String classLabel, Evaluation baseline, int positions) {
  /** The examples of {@code base} with at least one position predicted as {@code classLabel}. */
  static ClassPositions of(Evaluation base, String classLabel) {
    List<Example> predicting = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    int positions = 0;
    for (int e = 0; e < base.examples().size(); e++) {
      int here = (int) base.predictions().get(e).stream().filter(classLabel::equals).count();
      if (here > 0) {
        predicting.add(base.examples().get(e));
        predicted.add(base.predictions().get(e));
        positions += here;
      }
    }
    return new ClassPositions(classLabel, Evaluation.of(predicting, predicted), positions);
  }

  List<Example> examples() {
    return baseline.examples();
  }

  /** The positions predicted as the class in the baseline that {@code after} still predicts as it. */
  int kept(List<List<String>> after) {
    int n = 0;
    List<List<String>> before = baseline.predictions();
    for (int e = 0; e < before.size(); e++) {
      for (int p = 0; p < before.get(e).size(); p++) {
        if (before.get(e).get(p).equals(classLabel) && after.get(e).get(p).equals(classLabel)) {
          n++;
        }
      }
    }
    return n;
  }
}
