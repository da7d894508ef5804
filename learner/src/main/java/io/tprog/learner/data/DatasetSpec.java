package io.tprog.learner.data;

/**
 * What to generate for a synthetic task: how many distinct examples to make ({@code size}; fewer when the task has
 * too few distinct inputs, see {@link Datasets#generate}), the seed of
 * every random choice, the vocabulary size (counting the specials {@code <pad>}, {@code <s>} and, where used,
 * {@code </s>}) and the maximum sequence length (counting {@code <s>} and {@code </s>}). {@link Task#defaults()} gives
 * the paper's setting per task; {@link Task#validate} says whether a task can use a spec.
 */
public record DatasetSpec(int size, long seed, int vocabSize, int maxLength) {

  /** Far beyond any experiment here, and small enough that generation stays in memory and seconds. */
  public static final int MAX_SIZE = 10_000_000;

  public DatasetSpec {
    if (size < 1 || size > MAX_SIZE) {
      throw new DatasetSpecException("The dataset size must be from 1 to " + MAX_SIZE + ", not " + size + ".");
    }
  }

  public DatasetSpec withSize(int newSize) {
    return new DatasetSpec(newSize, seed, vocabSize, maxLength);
  }

  public DatasetSpec withSeed(long newSeed) {
    return new DatasetSpec(size, newSeed, vocabSize, maxLength);
  }

  public DatasetSpec withVocabSize(int newVocabSize) {
    return new DatasetSpec(size, seed, newVocabSize, maxLength);
  }

  public DatasetSpec withMaxLength(int newMaxLength) {
    return new DatasetSpec(size, seed, vocabSize, newMaxLength);
  }
}
