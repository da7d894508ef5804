package io.tprog.learner.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a categorical head turns soft matches into attention logits while training. Both agree with the selection rule
 * of model.md section 4 at exact matches, and the hard (argmax) model, which the program reproduces, is the same for
 * both; they differ only in how training sees partial matches.
 */
public enum AttentionScores {
  /**
   * The hard logits applied to soft matches: a match outweighs every position bias, so the soft model already follows
   * the tie-break closely, but a partial match saturates the softmax and the predicate learns slowly.
   */
  LINEAR,
  /**
   * {@code log(match) / sqrt(k)} plus a position bias smaller than one match (as in the paper's code): the predicate's
   * gradient stays alive; ties between matches are nearly random under the Gumbel noise, so the soft model cannot learn
   * to rely on the tie-break that the hard model applies.
   */
  LOG,
  /**
   * {@code 7 log(match)} plus a position bias of 3 per tie-break rank: the predicate's gradient stays alive as with
   * {@link #LOG}, and the Gumbel noise rarely overturns the tie-break (adjacent ranks lie 3 apart), so the soft model
   * picks the nearest match as the hard one does. A non-match (score 1e-6) lies {@code 7 * 13.1} below a match, more
   * than the widest rank gap at length 16 ({@code 3 * 30}); above 16 the match weight grows with the square of the
   * length so that it still does.
   */
  RANKED;

  /** Weight of {@code log(match)} in the logits, for sequences of length {@code n} and variables of width {@code k}. */
  public float alpha(int n, int k) {
    return switch (this) {
      case LINEAR -> throw new IllegalStateException("linear scores have no log weight");
      case LOG -> (float) (1 / Math.sqrt(k));
      case RANKED -> n <= 16 ? 7f : 7f * (n / 16f) * (n / 16f);
    };
  }

  /** The logit given up per tie-break rank. */
  public float beta(int n, int k) {
    return switch (this) {
      case LINEAR -> throw new IllegalStateException("linear scores have no log weight");
      case LOG -> alpha(n, k) / (2f * n);
      case RANKED -> 3f;
    };
  }

  /** The name used on the command line and in metrics.json. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AttentionScores fromId(String id) {
    for (AttentionScores s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "Unknown attention scores '" + id + "': expected one of "
            + Arrays.stream(values()).map(AttentionScores::id).collect(Collectors.joining(", ")) + ".");
  }
}
