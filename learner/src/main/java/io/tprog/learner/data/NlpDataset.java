package io.tprog.learner.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A real NLP dataset prepared as the paper prepares it ({@link NlpPreparation}): {@code dataset} holds the sentences
 * that pass the length filter, with their words as the files have them (a program does the preparation itself), and
 * its vocabulary is the prepared one, {@code <pad>} and {@code <unk>} first. {@code description} says where each split
 * came from and how many sentences it kept, for the metrics.
 */
public record NlpDataset(Dataset dataset, NlpPreparation preparation, DatasetDescription.Nlp description) {

  /** The sentences of one split as read, and the file (or files) they came from, for messages. */
  public record Split(String name, Path file, List<Example> examples) {
    public Split {
      examples = List.copyOf(examples);
    }
  }

  /**
   * Filters each split by length, builds the vocabulary from the kept training sentences, and checks that no split is
   * left empty (an empty split is a {@link DataFormatException} naming its file).
   */
  public static NlpDataset prepare(String name, boolean pooled, List<Split> splits, NlpPreparation preparation)
      throws DataFormatException {
    List<Example> kept = new ArrayList<>();
    Map<String, DatasetDescription.SplitRead> read = new LinkedHashMap<>();
    for (Split split : splits) {
      List<Example> keep = split.examples().stream().filter(preparation::keeps).map(e -> e.inSplit(split.name())).toList();
      if (keep.isEmpty()) {
        throw new DataFormatException(
            split.file(), 0, 0, "the " + split.name() + " split has no sentence of " + preparation.minLength() + " to "
                + (preparation.maxLength() - 2) + " words, so it would be empty");
      }
      kept.addAll(keep);
      read.put(split.name(), new DatasetDescription.SplitRead(split.file().toString(), split.examples().size(), keep.size()));
    }
    List<Example> train = kept.stream().filter(e -> e.split().equals(Dataset.TRAIN)).toList();
    List<String> vocabulary = preparation.vocabulary(train);
    List<String> classes = new ArrayList<>(List.of(SpecialTokens.PAD));
    kept.forEach(e -> classes.addAll(e.labels()));
    Dataset dataset = new Dataset(
        name, Optional.empty(), kept, vocabulary, TokenOrder.sorted(classes), false, pooled);
    DatasetDescription.Nlp description = new DatasetDescription.Nlp(name, read, preparation.replaceDigits(),
        preparation.minLength(), preparation.maxLength(), preparation.vocabularySize());
    return new NlpDataset(dataset, preparation, description);
  }

  /** The vocabulary as a set, for {@link NlpPreparation#prepare}. */
  public Set<String> vocabularySet() {
    return Set.copyOf(dataset.vocabulary());
  }

  /**
   * Shuffles {@code examples} by {@code seed} and cuts off a {@code fraction} of them (rounded up, as scikit-learn's
   * split does): the rest first, the part cut off second, each in shuffled order.
   */
  static List<List<Example>> holdOut(List<Example> examples, double fraction, long seed) {
    List<Example> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    int held = (int) Math.ceil(fraction * shuffled.size());
    return List.of(shuffled.subList(held, shuffled.size()), shuffled.subList(0, held));
  }
}
