package io.tprog.learner.model;

/**
 * A batch as the model reads it: row-major {@code size x length} arrays of token slots (padded with the pad slot),
 * label class indices, and a 1/0 weight saying which positions are scored.
 */
public record EncodedBatch(int size, int length, int[] tokens, int[] labels, float[] scored) {

  public EncodedBatch {
    int cells = size * length;
    if (tokens.length != cells || labels.length != cells || scored.length != cells) {
      throw new IllegalArgumentException("A batch of " + size + " x " + length + " needs " + cells + " cells per array.");
    }
  }

  /** The rows {@code rows[0..count)} of this batch, in that order. */
  public EncodedBatch rows(int[] rows, int from, int count) {
    int[] t = new int[count * length];
    int[] l = new int[count * length];
    float[] s = new float[count * length];
    for (int r = 0; r < count; r++) {
      int src = rows[from + r] * length;
      System.arraycopy(tokens, src, t, r * length, length);
      System.arraycopy(labels, src, l, r * length, length);
      System.arraycopy(scored, src, s, r * length, length);
    }
    return new EncodedBatch(count, length, t, l, s);
  }

  /** The contiguous rows {@code [from, from + count)}. */
  public EncodedBatch slice(int from, int count) {
    int[] t = new int[count * length];
    int[] l = new int[count * length];
    float[] s = new float[count * length];
    System.arraycopy(tokens, from * length, t, 0, count * length);
    System.arraycopy(labels, from * length, l, 0, count * length);
    System.arraycopy(scored, from * length, s, 0, count * length);
    return new EncodedBatch(count, length, t, l, s);
  }
}
