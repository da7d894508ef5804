package io.tprog.learner.data;

import java.util.ArrayList;
import java.util.Collections;
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

  /** How many draws per wanted example generation may spend before settling for fewer (the paper's limit). */
  public static final int DRAWS_PER_EXAMPLE = 5;

  /**
   * Draws random inputs of {@code task}, keeping the first occurrence of each distinct input, until there are
   * {@code spec.size()} of them or {@value #DRAWS_PER_EXAMPLE} x size inputs have been drawn (a task whose input space
   * is small, such as sort at its defaults with about 19.5k possible inputs, ends near 14.1k); then labels them and
   * splits them with {@link #split}. The same task and spec always give the same examples in the same order.
   */
  public static Dataset generate(Task task, DatasetSpec spec) {
    task.validate(spec);
    Random random = new Random(spec.seed());
    Set<List<String>> inputs = new LinkedHashSet<>();
    long maxDraws = (long) DRAWS_PER_EXAMPLE * spec.size();
    for (long draws = 0; draws < maxDraws && inputs.size() < spec.size(); draws++) {
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
   * Shuffles {@code examples} by {@code seed} and splits them: the first tenth (rounded up, as the paper's
   * scikit-learn split does) is test, the next tenth of the rest (rounded up) validation, the remainder train. The
   * result lists train, then validation, then test, each in shuffled order.
   */
  public static List<Example> split(List<Example> examples, long seed) {
    List<Example> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed ^ SPLIT_STREAM));
    int test = tenthRoundedUp(shuffled.size());
    int validation = tenthRoundedUp(shuffled.size() - test);
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

  private static int tenthRoundedUp(int n) {
    return (n + 9) / 10;
  }
}
