package io.tprog.learner.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 under strict IOB2, the definition of seqeval's strict mode: an entity is a
 * {@code B-X} followed by every immediately following {@code I-X}; an {@code I-} that does not continue an entity of its
 * type starts none and belongs to none; any other label ({@code O}, {@code <pad>}, {@code <s>}) is outside. A predicted
 * entity is correct when a gold entity has the same type, start and end in the same sentence. The scores are micro
 * averages over all sentences; a ratio with a zero denominator is 0.
 *
 * @param correct predicted entities that match a gold entity exactly
 * @param predicted entities in the predictions
 * @param gold entities in the gold labels
 */
public record EntityScores(long correct, long predicted, long gold) {

  /** One entity: its type and its positions {@code [start, end)} within a sentence. */
  public record Entity(String type, int start, int end) {}

  /** Scores of {@code predictions} against {@code gold}, one label list per sentence, aligned position by position. */
  public static EntityScores of(List<List<String>> gold, List<List<String>> predictions) {
    if (gold.size() != predictions.size()) {
      throw new IllegalArgumentException(
          "Need predictions for every sentence: " + gold.size() + " gold, " + predictions.size() + " predicted.");
    }
    long correct = 0;
    long predicted = 0;
    long goldCount = 0;
    for (int s = 0; s < gold.size(); s++) {
      if (gold.get(s).size() != predictions.get(s).size()) {
        throw new IllegalArgumentException("Sentence " + (s + 1) + " has " + gold.get(s).size() + " gold labels and "
            + predictions.get(s).size() + " predictions.");
      }
      Set<Entity> g = new HashSet<>(entities(gold.get(s)));
      List<Entity> p = entities(predictions.get(s));
      goldCount += g.size();
      predicted += p.size();
      correct += p.stream().filter(g::contains).count();
    }
    return new EntityScores(correct, predicted, goldCount);
  }

  /** The strict IOB2 entities of one sentence's labels, in order. */
  public static List<Entity> entities(List<String> labels) {
    List<Entity> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      String label = labels.get(i);
      if (!label.startsWith("B-")) {
        i++;
        continue;
      }
      String type = label.substring(2);
      int end = i + 1;
      while (end < labels.size() && labels.get(end).equals("I-" + type)) {
        end++;
      }
      out.add(new Entity(type, i, end));
      i = end;
    }
    return out;
  }

  public double precision() {
    return ratio(correct, predicted);
  }

  public double recall() {
    return ratio(correct, gold);
  }

  /** The harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
