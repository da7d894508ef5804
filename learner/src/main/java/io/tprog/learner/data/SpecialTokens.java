package io.tprog.learner.data;

import java.util.List;

/** The special tokens and labels shared by every task, in the order they open a vocabulary or label set. */
public final class SpecialTokens {
  /** Padding token, and the label of a position that is not scored. */
  public static final String PAD = "<pad>";
  /** A label meaning "cannot be known yet" (induction: a letter not seen before); an input token for real data. */
  public static final String UNK = "<unk>";
  /** Beginning of sequence. */
  public static final String BOS = "<s>";
  /** End of sequence. */
  public static final String EOS = "</s>";

  /** Specials in the order they come first in every vocabulary and label set. */
  public static final List<String> ORDER = List.of(PAD, UNK, BOS, EOS);

  private SpecialTokens() {}
}
