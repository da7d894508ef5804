package io.tprog.learner.embeddings;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The initial logits of the factored word embeddings, as the paper makes them: each vocabulary word's vector (a
 * seeded standard normal vector for a word the file lacks, as for {@code <pad>} and {@code <unk>}), projected to
 * {@code m * k} dimensions by a seeded Gaussian random projection (entries N(0, 1 / (m k)), as scikit-learn's
 * GaussianRandomProjection draws them). Row {@code w} holds word {@code w}'s {@code m} blocks of {@code k} logits.
 */
public final class EmbeddingInit {
  private EmbeddingInit() {}

  /** Row-major {@code [vocabulary.size(), variables * varSize]} logits. */
  public static float[] project(List<String> vocabulary, WordVectors vectors, int variables, int varSize, long seed) {
    int d = vectors.dimension();
    int out = variables * varSize;
    SplittableRandom random = new SplittableRandom(seed);
    double[][] projection = new double[d][out];
    double scale = 1 / Math.sqrt(out);
    for (double[] row : projection) {
      for (int j = 0; j < out; j++) {
        row[j] = gaussian(random) * scale;
      }
    }
    float[] logits = new float[vocabulary.size() * out];
    for (int w = 0; w < vocabulary.size(); w++) {
      float[] v = vectors.vector(vocabulary.get(w)).orElse(null);
      double[] x = new double[d];
      for (int i = 0; i < d; i++) {
        x[i] = v != null ? v[i] : gaussian(random);
      }
      for (int j = 0; j < out; j++) {
        double sum = 0;
        for (int i = 0; i < d; i++) {
          sum += x[i] * projection[i][j];
        }
        logits[w * out + j] = (float) sum;
      }
    }
    return logits;
  }

  /** How many vocabulary words have a vector in the file. */
  public static int found(List<String> vocabulary, WordVectors vectors) {
    return (int) vocabulary.stream().filter(w -> vectors.vector(w).isPresent()).count();
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }
}
