package io.tprog.learner.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Examples with the vocabulary of their tokens and the set of their labels ({@code classes}), both starting with
 * {@code <pad>} and ordered by {@link TokenOrder}. {@code spec} is present when the examples were generated from a
 * {@link Task}. {@code causal} says a position may only see earlier ones; {@code pooled} says each example is one
 * classification, labelled at position 0.
 *
 * @param name the task id, or the file name for data read from a file
 */
public record Dataset(
    String name,
    Optional<DatasetSpec> spec,
    List<Example> examples,
    List<String> vocabulary,
    List<String> classes,
    boolean causal,
    boolean pooled) {

  public static final String TRAIN = "train";
  public static final String VALIDATION = "validation";
  public static final String TEST = "test";
  /** The standard splits, in the order they are written. */
  public static final List<String> SPLITS = List.of(TRAIN, VALIDATION, TEST);

  public Dataset {
    examples = List.copyOf(examples);
    vocabulary = List.copyOf(vocabulary);
    classes = List.copyOf(classes);
    if (vocabulary.isEmpty() || !vocabulary.get(0).equals(SpecialTokens.PAD)) {
      throw new IllegalArgumentException("A vocabulary must start with " + SpecialTokens.PAD + ": " + vocabulary);
    }
    if (classes.isEmpty() || !classes.get(0).equals(SpecialTokens.PAD)) {
      throw new IllegalArgumentException("A label set must start with " + SpecialTokens.PAD + ": " + classes);
    }
  }

  /**
   * A dataset whose vocabulary and label set are exactly the tokens and labels its examples use, plus {@code <pad>}.
   */
  public static Dataset of(String name, List<Example> examples, boolean causal, boolean pooled) {
    List<String> tokens = new ArrayList<>(List.of(SpecialTokens.PAD));
    List<String> labels = new ArrayList<>(List.of(SpecialTokens.PAD));
    for (Example e : examples) {
      tokens.addAll(e.tokens());
      labels.addAll(e.labels());
    }
    return new Dataset(
        name, Optional.empty(), examples, TokenOrder.sorted(tokens), TokenOrder.sorted(labels), causal, pooled);
  }

  /** The examples of one split, in file order. */
  public List<Example> split(String split) {
    return examples.stream().filter(e -> e.split().equals(split)).toList();
  }

  /**
   * Examples per split: the standard splits first (each present even when empty), then any other split names in
   * alphabetical order.
   */
  public Map<String, Integer> splitSizes() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    SPLITS.forEach(s -> sizes.put(s, 0));
    TreeSet<String> others = new TreeSet<>();
    examples.forEach(e -> {
      if (!SPLITS.contains(e.split())) {
        others.add(e.split());
      }
    });
    others.forEach(s -> sizes.put(s, 0));
    examples.forEach(e -> sizes.merge(e.split(), 1, Integer::sum));
    return sizes;
  }

  /** The largest number of tokens in one example (0 when there are none). */
  public int maxLength() {
    return examples.stream().mapToInt(Example::length).max().orElse(0);
  }
}
