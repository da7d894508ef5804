package io.tprog.learner.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Programs built by hand or at random for the tests of this package. */
final class HandBuiltPrograms {
  static final List<String> HIST_VOCABULARY = List.of("<pad>", "<s>", "0", "1", "2", "3", "4", "5");
  static final List<String> HIST_CLASSES = List.of("1", "2", "3", "4", "5", "6", "7");
  static final int K = 8;

  private HandBuiltPrograms() {}

  static ProgramConfig histConfig() {
    return new ProgramConfig("hist", 1, 1, 1, 1, 1, K, K, false, false);
  }

  /**
   * One layer: {@code attn_0_0} copies the token at the previous position (position 0 matches nothing and gets BOS),
   * {@code num_attn_0_0} counts the positions holding the same token, {@code mlp_0_0} says whether a token equals the
   * previous one, {@code num_mlp_0_0} caps the count at 3. With {@code exactWeights} the classifier scores class
   * {@code v} as {@code 2 v x - v^2} for count {@code x}, which peaks exactly at {@code v = x}: the program solves hist.
   * Otherwise every weight is random, so every feature moves the prediction.
   */
  static Program hist(boolean exactWeights, Random random) {
    int[] previousPosition = new int[K];
    for (int q = 0; q < K; q++) {
      previousPosition[q] = q - 1;
    }
    int[] sameToken = new int[K];
    for (int q = 0; q < K; q++) {
      sameToken[q] = q;
    }
    int[][] equal = new int[K][K];
    for (int a = 0; a < K; a++) {
      for (int b = 0; b < K; b++) {
        equal[a][b] = a == b ? 1 : 0;
      }
    }
    int[][] capped = new int[K + 1][1];
    for (int count = 0; count <= K; count++) {
      capped[count][0] = Math.min(count, 3);
    }
    List<String> features = List.of("tokens", "positions", "attn_0_0", "mlp_0_0", "num_mlp_0_0", "ones", "num_attn_0_0");
    int rows = 5 * K + 2;
    double[][] weights = new double[rows][HIST_CLASSES.size()];
    for (int c = 0; c < HIST_CLASSES.size(); c++) {
      int v = Integer.parseInt(HIST_CLASSES.get(c));
      for (int r = 0; r < rows; r++) {
        weights[r][c] = exactWeights ? 0.0 : random.nextGaussian();
      }
      if (exactWeights) {
        weights[5 * K][c] = -v * v;
        weights[5 * K + 1][c] = 2 * v;
      }
    }
    return new Program(
        histConfig(),
        HIST_VOCABULARY,
        HIST_CLASSES,
        List.of(new CatHead(0, 0, "positions", "positions", "tokens", previousPosition)),
        List.of(new NumHead(0, 0, "tokens", "tokens", "ones", sameToken)),
        List.of(new CatMlp(0, 0, "tokens", "attn_0_0", equal)),
        List.of(new NumMlp(0, 0, "num_attn_0_0", "ones", 0, K, 1, 1, capped)),
        new Classifier(features, weights));
  }

  /**
   * A random valid program: every read, predicate, table and weight drawn at random. With {@code smallIntegerWeights}
   * the weights are integers in -2..2, so classes often tie and the first-maximum rule decides.
   */
  static Program random(Random random, ProgramConfig config, List<String> vocabulary, List<String> classes,
      boolean smallIntegerWeights) {
    int k = config.shape().varSize();
    int n = config.shape().maxLength();
    List<String> categorical = new ArrayList<>(List.of("tokens", "positions"));
    List<Integer> domainSizes = new ArrayList<>(List.of(vocabulary.size(), n));
    List<String> numerical = new ArrayList<>(List.of("ones"));
    List<int[]> ranges = new ArrayList<>(List.of(new int[] {1, 1}));
    List<CatHead> catHeads = new ArrayList<>();
    List<NumHead> numHeads = new ArrayList<>();
    List<CatMlp> catMlps = new ArrayList<>();
    List<NumMlp> numMlps = new ArrayList<>();
    List<String> categoricalOrder = new ArrayList<>(categorical);
    List<String> numericalOrder = new ArrayList<>(numerical);
    for (int layer = 0; layer < config.shape().layers(); layer++) {
      int catBefore = categorical.size();
      int numBefore = numerical.size();
      for (int h = 0; h < config.shape().catHeads(); h++) {
        HeadReads reads = HeadReads.draw(random, categorical, catBefore, catBefore, k, domainSizes);
        CatHead head = new CatHead(layer, h, reads.query(), reads.key(), categorical.get(reads.value()), reads.predicate());
        catHeads.add(head);
        categorical.add(head.name());
        domainSizes.add(domainSizes.get(reads.value()));
        categoricalOrder.add(head.name());
      }
      for (int h = 0; h < config.shape().numHeads(); h++) {
        HeadReads reads = HeadReads.draw(random, categorical, catBefore, numBefore, k, domainSizes);
        NumHead head = new NumHead(layer, h, reads.query(), reads.key(), numerical.get(reads.value()), reads.predicate());
        numHeads.add(head);
        numerical.add(head.name());
        int[] range = ranges.get(reads.value());
        ranges.add(new int[] {Math.min(0, n * range[0]), Math.max(0, n * range[1])});
        numericalOrder.add(head.name());
      }
      int catAfterHeads = categorical.size();
      int numAfterHeads = numerical.size();
      for (int m = 0; m < config.shape().catMlps(); m++) {
        int[][] table = new int[k][k];
        for (int[] row : table) {
          Arrays.setAll(row, i -> random.nextInt(random.nextBoolean() ? 2 : k));
        }
        CatMlp mlp = new CatMlp(layer, m, categorical.get(random.nextInt(catAfterHeads)),
            categorical.get(random.nextInt(catAfterHeads)), table);
        catMlps.add(mlp);
        categoricalOrder.add(mlp.name());
      }
      for (int m = 0; m < config.shape().numMlps(); m++) {
        int a = random.nextInt(numAfterHeads);
        int b = random.nextInt(numAfterHeads);
        int[] ra = ranges.get(a);
        int[] rb = ranges.get(b);
        int[][] table = new int[ra[1] - ra[0] + 1][rb[1] - rb[0] + 1];
        for (int[] row : table) {
          Arrays.setAll(row, i -> random.nextInt(random.nextBoolean() ? 2 : k));
        }
        NumMlp mlp = new NumMlp(layer, m, numerical.get(a), numerical.get(b), ra[0], ra[1], rb[0], rb[1], table);
        numMlps.add(mlp);
        categoricalOrder.add(mlp.name());
      }
      for (CatMlp mlp : catMlps.subList(catMlps.size() - config.shape().catMlps(), catMlps.size())) {
        categorical.add(mlp.name());
        domainSizes.add(k);
      }
      for (NumMlp mlp : numMlps.subList(numMlps.size() - config.shape().numMlps(), numMlps.size())) {
        categorical.add(mlp.name());
        domainSizes.add(k);
      }
    }
    List<String> features = new ArrayList<>(categoricalOrder);
    features.addAll(numericalOrder);
    double[][] weights = new double[categoricalOrder.size() * k + numericalOrder.size()][classes.size()];
    for (double[] row : weights) {
      Arrays.setAll(row, i -> smallIntegerWeights ? random.nextInt(5) - 2 : random.nextGaussian());
    }
    return new Program(config, vocabulary, classes, catHeads, numHeads, catMlps, numMlps, new Classifier(features, weights));
  }

  static double[][] randomWeights(Random random, int rows, int columns) {
    double[][] weights = new double[rows][columns];
    for (double[] row : weights) {
      Arrays.setAll(row, i -> random.nextGaussian());
    }
    return weights;
  }

  /**
   * What a random head reads: query and key among the first {@code before} categorical variables, the index of its
   * value among {@code values} candidates, and a predicate on the key's domain, drawn in that order.
   */
  private record HeadReads(String query, String key, int value, int[] predicate) {
    static HeadReads draw(Random random, List<String> categorical, int before, int values, int k, List<Integer> domainSizes) {
      int q = random.nextInt(before);
      int key = random.nextInt(before);
      int v = random.nextInt(values);
      return new HeadReads(categorical.get(q), categorical.get(key), v, randomPredicate(random, k, domainSizes.get(key)));
    }
  }

  /** Mostly slots the key can hold, some -1 (never) and some slots it cannot hold. */
  private static int[] randomPredicate(Random random, int k, int keyDomain) {
    int[] predicate = new int[k];
    for (int q = 0; q < k; q++) {
      int draw = random.nextInt(10);
      predicate[q] = draw == 0 ? -1 : draw == 1 ? random.nextInt(k) : random.nextInt(keyDomain);
    }
    return predicate;
  }

  /** {@code count} random inputs of length 1..maxLength over the whole vocabulary. */
  static List<List<String>> randomInputs(Random random, Program program, int count) {
    List<List<String>> inputs = new ArrayList<>();
    List<String> vocabulary = program.vocabulary();
    for (int i = 0; i < count; i++) {
      int length = 1 + random.nextInt(program.config().shape().maxLength());
      List<String> tokens = new ArrayList<>();
      for (int t = 0; t < length; t++) {
        tokens.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      inputs.add(tokens);
    }
    return inputs;
  }
}
