package io.tprog.learner.train;

import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.SpecialTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Token accuracy of predictions split by input length: the number of symbols of the input a label depends on (the
 * whole input, or for a causal task the prefix up to the position, so dyck and induction are measured per prefix
 * length). Only scored positions (label not {@code <pad>}) count.
 *
 * @param lengths one entry per length that has scored positions, shortest first
 * @param tokenAccuracy correct over scored positions, every position weighted alike
 * @param meanOverLengths the mean of the lengths' accuracies, every length weighted alike
 */
public record LengthAccuracy(List<Length> lengths, long examples, double tokenAccuracy, double meanOverLengths) {

  /** One length's count of examples (for a causal task: examples long enough to have a prefix of it) and positions. */
  public record Length(int length, long examples, long scored, long correct, double accuracy) {}

  public LengthAccuracy {
    lengths = List.copyOf(lengths);
  }

  /** The lowest accuracy of any length (1 when nothing is scored). */
  public double worstLength() {
    return lengths.stream().mapToDouble(Length::accuracy).min().orElse(1);
  }

  /** Measures {@code predictions} (one label per position of each example) against the examples' labels. */
  public static LengthAccuracy of(List<Example> examples, List<List<String>> predictions, boolean causal) {
    if (examples.size() != predictions.size()) {
      throw new IllegalArgumentException(examples.size() + " examples but " + predictions.size() + " predictions");
    }
    Map<Integer, long[]> counts = new TreeMap<>(); // examples, scored, correct
    long scored = 0;
    long correct = 0;
    for (int e = 0; e < examples.size(); e++) {
      Example example = examples.get(e);
      int whole = Datasets.symbols(example.tokens());
      List<Integer> counted = new ArrayList<>();
      for (int i = 0; i < example.length(); i++) {
        String label = example.labels().get(i);
        if (label.equals(SpecialTokens.PAD)) {
          continue;
        }
        int length = causal ? Datasets.symbols(example.tokens().subList(0, i + 1)) : whole;
        long[] c = counts.computeIfAbsent(length, l -> new long[3]);
        if (!counted.contains(length)) {
          counted.add(length);
          c[0]++;
        }
        boolean right = i < predictions.get(e).size() && predictions.get(e).get(i).equals(label);
        c[1]++;
        c[2] += right ? 1 : 0;
        scored++;
        correct += right ? 1 : 0;
      }
    }
    List<Length> lengths = new ArrayList<>();
    counts.forEach((length, c) -> lengths.add(new Length(length, c[0], c[1], c[2], (double) c[2] / c[1])));
    double mean = lengths.stream().mapToDouble(Length::accuracy).average().orElse(0);
    return new LengthAccuracy(lengths, examples.size(), scored == 0 ? 0 : (double) correct / scored, mean);
  }
}
