package io.tprog.analyzer.ablation;

import io.tprog.analyzer.analysis.StaticInfluence;
import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.analysis.ValueSetInference;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.run.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks a program's heads and MLPs by what they do for one class: statically from the classifier weights
 * ({@link StaticInfluence}) and, given data, dynamically by ablating each alone and counting how many of the
 * positions the program predicts as the class change, and to what.
 */
public final class OutputRanker {
  private final Ablator ablator;
  private final DataflowGraph graph;
  private final StaticInfluence influence;

  public OutputRanker(Ablator ablator) {
    this.ablator = ablator;
    this.graph = DataflowGraph.of(ablator.model());
    this.influence = new StaticInfluence(graph, new ValueSetInference(graph).infer());
  }

  /** The classes of the program's weights file (none without one). */
  public List<String> classes() {
    return ablator.model().weightsFile().map(w -> w.classes()).orElse(List.of());
  }

  /** The class a user named: {@code 3} or {@code class "3"}. */
  public String classOf(String output) {
    String label = output.strip().replaceFirst("^class\\s+", "").replaceAll("^\"|\"$", "");
    List<String> classes = classes();
    if (!classes.contains(label)) {
      throw new UnknownOutputException(
          "'" + output + "' is not a class of " + ablator.model().source() + (classes.isEmpty() ? ", which has no weights file" : "; classes are " + classes));
    }
    return label;
  }

  /** The ranking for {@code classLabel}; {@code examples} null for the static scores alone. */
  public OutputRanking rank(String classLabel, List<Example> examples, Progress progress) {
    List<StaticInfluence.Influence> statics = influence.of(classLabel);
    Map<String, ComponentEffect> dynamic = new HashMap<>();
    Integer positions = null;
    if (examples != null) {
      ClassPositions target = ClassPositions.of(ablator.baseline(examples), classLabel);
      int count = target.positions();
      positions = count;
      List<Example> predicting = target.examples();
      List<List<String>> predicted = target.baseline().predictions();
      List<String> components = ComponentDefaults.ablatable(ablator.model());
      progress.at("ablating", 0, components.size());
      for (String c : components) {
        List<List<String>> after = ablator.predictions(List.of(c), predicting, target.baseline());
        Map<String, Integer> changedTo = new TreeMap<>();
        int changed = 0;
        for (int e = 0; e < predicting.size(); e++) {
          for (int p = 0; p < predicted.get(e).size(); p++) {
            String now = after.get(e).get(p);
            if (predicted.get(e).get(p).equals(classLabel) && !now.equals(classLabel)) {
              changed++;
              changedTo.merge(now, 1, Integer::sum);
            }
          }
        }
        dynamic.put(c, new ComponentEffect(c, 0, 0, List.of(), changed, count, count == 0 ? 0.0 : (double) changed / count, changedTo, null));
        progress.at("ablating", dynamic.size(), components.size());
      }
    }
    List<ComponentEffect> rows = new ArrayList<>();
    Map<String, Integer> order = new HashMap<>();
    for (StaticInfluence.Influence s : statics) {
      order.put(s.component(), order.size());
      GraphNode node = graph.node(s.component()).orElseThrow();
      ComponentEffect d = dynamic.get(s.component());
      ComponentEffect.Disagreement disagreement = null;
      if (d != null) {
        if (s.score() > 0 && d.changed() == 0) {
          disagreement = ComponentEffect.Disagreement.REDUNDANT;
        } else if (s.score() == 0 && d.changed() > 0) {
          disagreement = ComponentEffect.Disagreement.NO_STATIC_PATH;
        }
      }
      rows.add(
          new ComponentEffect(
              s.component(),
              node.layer(),
              s.score(),
              s.via().stream().map(StaticInfluence.FeatureSwing::feature).toList(),
              d == null ? null : d.changed(),
              d == null ? null : d.positions(),
              d == null ? null : d.dynamicScore(),
              d == null ? null : d.changedTo(),
              disagreement));
    }
    rows.sort(
        Comparator.comparingDouble((ComponentEffect r) -> r.dynamicScore() == null ? -1 : r.dynamicScore())
            .reversed()
            .thenComparing(Comparator.comparingDouble(ComponentEffect::staticScore).reversed())
            .thenComparing(r -> order.get(r.component())));
    return new OutputRanking(
        ablator.model().source(), classLabel, examples == null ? null : examples.size(), positions, ablator.interpreted(), rows);
  }
}
