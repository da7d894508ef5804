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
   * {@code log(match) / sqrt(k)} plus a position bias smaller than one match: the predicate's gradient stays alive;
   * ties between matches are nearly random under the Gumbel noise, so tasks that need the tie-break learn it less well.
   */
  LOG;

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
