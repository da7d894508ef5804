package io.tprog.analyzer.trace;

import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.WeightRow;
import io.tprog.analyzer.program.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Why the classifier chose a wrong class at one position: each feature adds its weight row for the value it holds
 * (a numerical feature its {@code _} row times the value), so its push towards the predicted class over the expected
 * one is the difference of those two columns. Features are ranked by push, biggest first.
 */
public final class ClassifierBreakdown {
  private final List<ClassifierFeature> features;
  private final Weights weights;

  public ClassifierBreakdown(List<ClassifierFeature> features, Weights weights) {
    this.features = List.copyOf(features);
    this.weights = weights;
  }

  public List<FeaturePush> explain(Map<String, List<Object>> values, int position, String predicted, String expected) {
    int p = weights.classes().indexOf(predicted);
    int e = weights.classes().indexOf(expected);
    List<FeaturePush> pushes = new ArrayList<>();
    for (ClassifierFeature f : features) {
      List<Object> column = values.get(f.variable());
      if (column == null || position >= column.size()) {
        continue;
      }
      Object value = column.get(position);
      String text = PythonText.of(value);
      Map<String, WeightRow> rows = weights.rows(f.feature());
      double push = 0;
      if (p >= 0 && e >= 0) {
        WeightRow numeric = rows.get("_");
        if (numeric != null && value instanceof Number n) {
          push = n.doubleValue() * (numeric.weights().get(p) - numeric.weights().get(e));
        } else if (rows.get(text) != null) {
          WeightRow row = rows.get(text);
          push = row.weights().get(p) - row.weights().get(e);
        }
      }
      pushes.add(new FeaturePush(f.feature(), f.variable(), text, push));
    }
    pushes.sort(Comparator.comparingDouble(FeaturePush::push).reversed().thenComparing(FeaturePush::feature));
    return pushes;
  }
}
