package io.tprog.learner.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Generates the synthetic tasks and assigns splits. */
public final class Datasets {

  /** Keeps the split shuffle's random stream apart from the generator's, which starts from the same seed. */
  private static final long SPLIT_STREAM = 0x9E3779B97F4A7C15L;

  private Datasets() {}

  /**
   * Draws {@code spec.size()} random inputs of {@code task}, keeps the first occurrence of each distinct input,
   * labels them, and splits them with {@link #split}. The same task and spec always give the same examples in the
   * same order.
   */
  public static Dataset generate(Task task, DatasetSpec spec) {
    task.validate(spec);
    Random random = new Random(spec.seed());
    Set<List<String>> inputs = new LinkedHashSet<>();
    for (int i = 0; i < spec.size(); i++) {
      inputs.add(List.copyOf(task.draw(random, spec)));
    }
    List<Example> examples = new ArrayList<>(inputs.size());
    for (List<String> tokens : inputs) {
      examples.add(new Example(Dataset.TRAIN, tokens, task.labels(tokens)));
    }
    return new Dataset(
        task.id(),
        Optional.of(spec),
        split(examples, spec.seed()),
        task.vocabulary(spec),
        task.classes(spec),
        task.causal(),
        task.pooled());
  }

  /**
   * Shuffles {@code examples} by {@code seed} and splits them: the first {@code n / 10} (rounded down) are test, the
   * next tenth of the rest (rounded down) validation, the remainder train. The result lists train, then validation,
   * then test, each in shuffled order.
   */
  public static List<Example> split(List<Example> examples, long seed) {
    List<Example> shuffled = new ArrayList<>(examples);
    java.util.Collections.shuffle(shuffled, new Random(seed ^ SPLIT_STREAM));
    int test = shuffled.size() / 10;
    int validation = (shuffled.size() - test) / 10;
    List<Example> out = new ArrayList<>(shuffled.size());
    for (Example e : shuffled.subList(test + validation, shuffled.size())) {
      out.add(e.inSplit(Dataset.TRAIN));
    }
    for (Example e : shuffled.subList(test, test + validation)) {
      out.add(e.inSplit(Dataset.VALIDATION));
    }
    for (Example e : shuffled.subList(0, test)) {
      out.add(e.inSplit(Dataset.TEST));
    }
    return out;
  }
}
