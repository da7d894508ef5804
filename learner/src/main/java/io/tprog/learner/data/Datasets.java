package io.tprog.learner.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

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
    return labelledAndSplit(task, spec, inputs);
  }

  /**
   * Like {@link #generate}, but with the same number of distinct inputs of every length, as far as a length has that
   * many: inputs are drawn as the task draws them and kept per length (its number of symbols, {@link #symbols}) until
   * {@code 2 x DRAWS_PER_EXAMPLE x size x lengths} draws are spent or every length holds {@code size}; then each length
   * gives {@code min(its distinct inputs, q)}, with the quota q the largest that keeps the total within {@code size}
   * (lengths that have fewer inputs than q give them all, the others share what is left equally; the remainder of the
   * division goes to the shortest of them). Reverse at its defaults with size 3,000: all 5, 25, 125 and 625 inputs of 1,
   * 2, 3 and 4 symbols, and 1,110 each of 5 and 6. Tasks whose inputs all have one length (dyck1, dyck2, induction)
   * get distinct inputs as {@link #generate} draws them: each of their inputs scores every prefix length once, so the
   * set is already balanced over prefix lengths. Split as {@link #generate} splits.
   */
  public static Dataset generateBalancedLengths(Task task, DatasetSpec spec) {
    task.validate(spec);
    Random random = new Random(spec.seed());
    Map<Integer, Set<List<String>>> byLength = new TreeMap<>();
    long maxDraws = 2L * DRAWS_PER_EXAMPLE * spec.size() * Math.max(1, spec.maxLength());
    int full = 0;
    for (long draws = 0; draws < maxDraws && (full == 0 || full < byLength.size()); draws++) {
      List<String> input = List.copyOf(task.draw(random, spec));
      Set<List<String>> bucket = byLength.computeIfAbsent(symbols(input), l -> new LinkedHashSet<>());
      if (bucket.size() < spec.size() && bucket.add(input) && bucket.size() == spec.size()) {
        full++;
      }
    }
    List<Integer> quotas = quotas(byLength.values().stream().map(Set::size).toList(), spec.size());
    Set<List<String>> inputs = new LinkedHashSet<>();
    int i = 0;
    for (Set<List<String>> bucket : byLength.values()) {
      bucket.stream().limit(quotas.get(i++)).forEach(inputs::add);
    }
    return labelledAndSplit(task, spec, inputs);
  }

  /** The number of symbols of an input: its tokens other than {@code <s>}, {@code </s>} and {@code <pad>}. */
  public static int symbols(List<String> tokens) {
    int n = 0;
    for (String t : tokens) {
      if (!t.equals(SpecialTokens.BOS) && !t.equals(SpecialTokens.EOS) && !t.equals(SpecialTokens.PAD)) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many to take from groups of {@code available} sizes for at most {@code total} in all, as equal as the groups
   * allow: the largest quota q with {@code sum(min(available, q)) <= total}, then one more for the shortest groups that
   * still have inputs left until the total is reached.
   */
  static List<Integer> quotas(List<Integer> available, int total) {
    int q = 0;
    int max = available.stream().mapToInt(Integer::intValue).max().orElse(0);
    while (q < max && taken(available, q + 1) <= total) {
      q++;
    }
    List<Integer> out = new ArrayList<>();
    long left = total - taken(available, q);
    for (int a : available) {
      int extra = a > q && left > 0 ? 1 : 0;
      left -= extra;
      out.add(Math.min(a, q) + extra);
    }
    return out;
  }

  private static long taken(List<Integer> available, int quota) {
    return available.stream().mapToLong(a -> Math.min(a, quota)).sum();
  }

  private static Dataset labelledAndSplit(Task task, DatasetSpec spec, Set<List<String>> inputs) {
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
