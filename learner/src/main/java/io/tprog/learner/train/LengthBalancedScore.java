package io.tprog.learner.train;

import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.TrainableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A selection score that weighs every input length alike: the mean over input lengths (symbols, {@link
 * Datasets#symbols}) of the argmax model's token accuracy on the examples of that length. The validation split alone
 * has almost no short inputs where de-duplication leaves few (reverse's training split holds 4, 16 and 105 inputs of 1,
 * 2 and 3 symbols, its validation split a ninth as many), so a length with fewer than {@link #MIN_PER_LENGTH}
 * validation examples is measured on its training examples as well: they are nearly all the inputs that length has,
 * and the score only picks an epoch, it is not a reported accuracy. A task whose inputs all have one length (dyck, induction) gets one group, the plain
 * validation accuracy.
 */
public final class LengthBalancedScore implements Trainer.SelectionScore {

  /** Validation examples a length needs before its training examples are left out of its group. */
  public static final int MIN_PER_LENGTH = 50;

  private final Map<Integer, EncodedGroup> groups;
  private final int batchSize;

  private record EncodedGroup(EncodedBatch batch, int examples) {}

  private LengthBalancedScore(Map<Integer, EncodedGroup> groups, int batchSize) {
    this.groups = groups;
    this.batchSize = batchSize;
  }

  /**
   * The score's groups from {@code validation} and, for lengths with fewer than {@link #MIN_PER_LENGTH} validation
   * examples, {@code train}; {@code encode} turns a group's examples into a batch.
   */
  public static LengthBalancedScore of(
      List<Example> validation,
      List<Example> train,
      Function<List<Example>, EncodedBatch> encode,
      int batchSize) {
    Map<Integer, List<Example>> byLength = byLength(validation);
    Map<Integer, List<Example>> trainByLength = byLength(train);
    trainByLength.forEach(
        (length, examples) -> {
          List<Example> group = byLength.computeIfAbsent(length, l -> new ArrayList<>());
          if (group.size() < MIN_PER_LENGTH) {
            group.addAll(examples);
          }
        });
    Map<Integer, EncodedGroup> groups = new TreeMap<>();
    byLength.forEach(
        (length, examples) -> groups.put(length, new EncodedGroup(encode.apply(examples), examples.size())));
    return new LengthBalancedScore(groups, batchSize);
  }

  private static Map<Integer, List<Example>> byLength(List<Example> examples) {
    Map<Integer, List<Example>> out = new TreeMap<>();
    for (Example e : examples) {
      out.computeIfAbsent(Datasets.symbols(e.tokens()), l -> new ArrayList<>()).add(e);
    }
    return out;
  }

  /** Each length's number of examples in its group, shortest first. */
  public Map<Integer, Integer> groupSizes() {
    Map<Integer, Integer> sizes = new TreeMap<>();
    groups.forEach((length, group) -> sizes.put(length, group.examples()));
    return sizes;
  }

  @Override
  public double score(TrainableModel model) {
    if (groups.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (EncodedGroup group : groups.values()) {
      sum += Trainer.accuracy(model, group.batch(), batchSize);
    }
    return sum / groups.size();
  }
}
