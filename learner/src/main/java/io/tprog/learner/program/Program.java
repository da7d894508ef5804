package io.tprog.learner.program;

import io.tprog.format.ComponentNames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A discrete Transformer Program: configuration, vocabulary, classes, every module and the classifier, checked to fit
 * together when built. Variables have the canonical names of model.md section 1: categorical {@code tokens},
 * {@code positions}, then per layer {@code attn_L_H}, {@code mlp_L_M}, {@code num_mlp_L_M}; numerical {@code ones},
 * then per layer {@code num_attn_L_H}. Modules are kept in model order: by layer, then index.
 */
public final class Program {
  /** Labels a sequence-labelling program gives its boundary tokens instead of a classifier prediction. */
  public static final List<String> BOUNDARY_TOKENS = List.of("<s>", "</s>");

  private static final Comparator<int[]> BY_PLACE = Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]);

  private final ProgramConfig config;
  private final List<String> vocabulary;
  private final List<String> classes;
  private final List<CatHead> catHeads;
  private final List<NumHead> numHeads;
  private final List<CatMlp> catMlps;
  private final List<NumMlp> numMlps;
  private final Classifier classifier;
  private final Map<String, Domain> domains = new LinkedHashMap<>();
  private final Map<String, NumericRange> ranges = new LinkedHashMap<>();
  private final Map<String, BitSet> reachable = new HashMap<>();
  private final Map<String, Integer> featureRows = new HashMap<>();
  private final Map<String, Integer> tokenSlots = new HashMap<>();
  private final WordEmbeddings embeddings;

  public Program(ProgramConfig config, List<String> vocabulary, List<String> classes, List<CatHead> catHeads,
      List<NumHead> numHeads, List<CatMlp> catMlps, List<NumMlp> numMlps, Classifier classifier) {
    this(config, vocabulary, classes, catHeads, numHeads, catMlps, numMlps, classifier, null);
  }

  /**
   * A program whose words are factored embeddings ({@code embeddings}, one row per vocabulary word) instead of the
   * one-hot {@code tokens} variable; null for one-hot tokens.
   */
  public Program(
      ProgramConfig config,
      List<String> vocabulary,
      List<String> classes,
      List<CatHead> catHeads,
      List<NumHead> numHeads,
      List<CatMlp> catMlps,
      List<NumMlp> numMlps,
      Classifier classifier,
      WordEmbeddings embeddings) {
    this.config = config;
    this.embeddings = embeddings;
    this.vocabulary = List.copyOf(vocabulary);
    this.classes = List.copyOf(classes);
    this.catHeads = sorted(catHeads, h -> new int[] {h.layer(), h.index()});
    this.numHeads = sorted(numHeads, h -> new int[] {h.layer(), h.index()});
    this.catMlps = sorted(catMlps, m -> new int[] {m.layer(), m.index()});
    this.numMlps = sorted(numMlps, m -> new int[] {m.layer(), m.index()});
    this.classifier = classifier;
    checkLabels();
    checkPlaces("categorical head", ComponentNames::head, this.catHeads.stream().map(h -> new int[] {h.layer(), h.index()}).toList(), config.shape().catHeads());
    checkPlaces("numerical head", ComponentNames::numericalHead, this.numHeads.stream().map(h -> new int[] {h.layer(), h.index()}).toList(), config.shape().numHeads());
    checkPlaces("categorical MLP", ComponentNames::mlp, this.catMlps.stream().map(m -> new int[] {m.layer(), m.index()}).toList(), config.shape().catMlps());
    checkPlaces("numerical MLP", ComponentNames::numericalMlp, this.numMlps.stream().map(m -> new int[] {m.layer(), m.index()}).toList(), config.shape().numMlps());
    defineVariables();
    checkClassifier();
  }

  private interface Place<T> {
    int[] of(T module);
  }

  private static <T> List<T> sorted(List<T> modules, Place<T> place) {
    List<T> copy = new ArrayList<>(modules);
    copy.sort((a, b) -> BY_PLACE.compare(place.of(a), place.of(b)));
    return Collections.unmodifiableList(copy);
  }

  private void checkLabels() {
    if (vocabulary.isEmpty() || new HashSet<>(vocabulary).size() != vocabulary.size()) {
      throw new InvalidProgramException("The vocabulary must be a non-empty list of distinct tokens, found " + vocabulary + ".");
    }
    if (embeddings != null && embeddings.values().length != vocabulary.size()) {
      throw new InvalidProgramException("The word embeddings have " + embeddings.values().length + " rows, but the "
          + "vocabulary has " + vocabulary.size() + " words.");
    }
    if (embeddings == null && vocabulary.size() > config.shape().varSize()) {
      throw new InvalidProgramException(
          "The vocabulary has " + vocabulary.size() + " tokens, more than the variable size " + config.shape().varSize() + ".");
    }
    if (classes.isEmpty() || new HashSet<>(classes).size() != classes.size()) {
      throw new InvalidProgramException("The classes must be a non-empty list of distinct labels, found " + classes + ".");
    }
    // Word embeddings write their words into the table file, escaped; one-hot tokens are literals in the program.
    if (embeddings == null) {
      for (String value : vocabulary) {
        PythonLiterals.string(value);
      }
    }
    for (String value : classes) {
      PythonLiterals.string(value);
    }
    for (int i = 0; i < vocabulary.size(); i++) {
      tokenSlots.put(vocabulary.get(i), i);
    }
  }

  private void checkPlaces(String kind, BiFunction<Integer, Integer, String> name, List<int[]> places, int perLayer) {
    int expected = config.shape().layers() * perLayer;
    if (places.size() != expected) {
      throw new InvalidProgramException(
          "The program has " + places.size() + " " + kind + "s, but its configuration asks for " + expected + " ("
              + perLayer + " in each of " + config.shape().layers() + " layers).");
    }
    for (int i = 0; i < places.size(); i++) {
      int[] place = places.get(i);
      int layer = i / Math.max(perLayer, 1);
      int index = i % Math.max(perLayer, 1);
      if (place[0] != layer || place[1] != index) {
        throw new InvalidProgramException(
            "The " + kind + " " + name.apply(place[0], place[1]) + " is unexpected: expected " + name.apply(layer, index)
                + " in its place.");
      }
    }
  }

  /**
   * Walks the layers in model order, checking every read against the variables defined before it; defining variables
   * in that same order keeps {@code domains} in canonical order.
   */
  private void defineVariables() {
    int k = config.shape().varSize();
    int n = config.shape().maxLength();
    Set<String> categorical = new HashSet<>();
    Set<String> numerical = new HashSet<>();
    if (embeddings == null) {
      defineCategorical("tokens", Domain.strings(vocabulary), range(0, vocabulary.size()), categorical);
    } else {
      for (int v = 0; v < embeddings.variables(); v++) {
        BitSet used = new BitSet();
        for (int[] row : embeddings.values()) {
          checkSlot(ComponentNames.wordVariable(v), row[v]);
          used.set(row[v]);
        }
        defineCategorical(ComponentNames.wordVariable(v), Domain.integers(k), used, categorical);
      }
    }
    defineCategorical("positions", Domain.integers(n), range(0, n), categorical);
    ranges.put("ones", new NumericRange(1, 1));
    numerical.add("ones");
    for (int layer = 0; layer < config.shape().layers(); layer++) {
      Set<String> headCategorical = Set.copyOf(categorical);
      Set<String> headNumerical = Set.copyOf(numerical);
      for (CatHead head : layerOf(catHeads, layer, CatHead::layer)) {
        String name = head.name();
        requireRead(name, "query", head.query(), headCategorical, "categorical");
        requireRead(name, "key", head.key(), headCategorical, "categorical");
        requireRead(name, "value", head.value(), headCategorical, "categorical");
        checkPredicate(name, head.predicate());
        defineCategorical(name, domains.get(head.value()), reachable.get(head.value()), categorical);
      }
      for (NumHead head : layerOf(numHeads, layer, NumHead::layer)) {
        String name = head.name();
        requireRead(name, "query", head.query(), headCategorical, "categorical");
        requireRead(name, "key", head.key(), headCategorical, "categorical");
        requireRead(name, "value", head.value(), headNumerical, "numerical");
        checkPredicate(name, head.predicate());
        NumericRange value = ranges.get(head.value());
        long low = Math.min(0L, (long) n * value.min());
        long high = Math.max(0L, (long) n * value.max());
        if (low < Integer.MIN_VALUE || high > Integer.MAX_VALUE) {
          throw new InvalidProgramException(name + " can sum to values outside the range of an int.");
        }
        ranges.put(name, new NumericRange((int) low, (int) high));
        numerical.add(name);
      }
      Set<String> mlpCategorical = Set.copyOf(categorical);
      Set<String> mlpNumerical = Set.copyOf(numerical);
      for (CatMlp mlp : layerOf(catMlps, layer, CatMlp::layer)) {
        String name = mlp.name();
        requireRead(name, "first input", mlp.inputA(), mlpCategorical, "categorical");
        requireRead(name, "second input", mlp.inputB(), mlpCategorical, "categorical");
        int[][] table = mlp.table();
        if (table.length != k) {
          throw new InvalidProgramException(name + " has " + table.length + " table rows, not the variable size " + k + ".");
        }
        BitSet outputs = new BitSet();
        BitSet reachA = reachable.get(mlp.inputA());
        BitSet reachB = reachable.get(mlp.inputB());
        for (int a = 0; a < k; a++) {
          if (table[a].length != k) {
            throw new InvalidProgramException(name + " has a table row of " + table[a].length + " entries, not " + k + ".");
          }
          for (int b = 0; b < k; b++) {
            checkSlot(name, table[a][b]);
            if (reachA.get(a) && reachB.get(b) && (a == b || !sameInput(mlp.inputA(), mlp.inputB()))) {
              outputs.set(table[a][b]);
            }
          }
        }
        defineCategorical(name, Domain.integers(k), outputs, categorical);
      }
      for (NumMlp mlp : layerOf(numMlps, layer, NumMlp::layer)) {
        String name = mlp.name();
        requireRead(name, "first input", mlp.inputA(), mlpNumerical, "numerical");
        requireRead(name, "second input", mlp.inputB(), mlpNumerical, "numerical");
        NumericRange a = ranges.get(mlp.inputA());
        NumericRange b = ranges.get(mlp.inputB());
        if (mlp.minA() > a.min() || mlp.maxA() < a.max() || mlp.minB() > b.min() || mlp.maxB() < b.max()) {
          throw new InvalidProgramException(
              name + " covers inputs " + mlp.minA() + ".." + mlp.maxA() + " x " + mlp.minB() + ".." + mlp.maxB()
                  + ", but its inputs can take " + a.min() + ".." + a.max() + " x " + b.min() + ".." + b.max() + ".");
        }
        BitSet outputs = new BitSet();
        int[][] table = mlp.table();
        for (int i = 0; i < table.length; i++) {
          for (int j = 0; j < table[i].length; j++) {
            checkSlot(name, table[i][j]);
          }
        }
        for (int x = a.min(); x <= a.max(); x++) {
          for (int y = b.min(); y <= b.max(); y++) {
            if (x == y || !sameInput(mlp.inputA(), mlp.inputB())) {
              outputs.set(mlp.output(x, y));
            }
          }
        }
        defineCategorical(name, Domain.integers(k), outputs, categorical);
      }
    }
  }

  /** An MLP reading one variable twice only ever sees equal pairs. */
  static boolean sameInput(String inputA, String inputB) {
    return inputA.equals(inputB);
  }

  private interface LayerOf<T> {
    int layer(T module);
  }

  private static <T> List<T> layerOf(List<T> modules, int layer, LayerOf<T> layerOf) {
    return modules.stream().filter(m -> layerOf.layer(m) == layer).toList();
  }

  private static BitSet range(int from, int to) {
    BitSet bits = new BitSet();
    bits.set(from, to);
    return bits;
  }

  private void defineCategorical(String name, Domain domain, BitSet values, Set<String> categorical) {
    domains.put(name, domain);
    reachable.put(name, (BitSet) values.clone());
    categorical.add(name);
  }

  private static void requireRead(String module, String role, String variable, Set<String> available, String kind) {
    if (!available.contains(variable)) {
      throw new InvalidProgramException(
          module + " reads " + variable + " as its " + role + ", which is not a " + kind
              + " variable defined before it; it may read " + available.stream().sorted().toList() + ".");
    }
  }

  private void checkPredicate(String module, int[] predicate) {
    if (predicate.length != config.shape().varSize()) {
      throw new InvalidProgramException(
          module + " has a predicate over " + predicate.length + " query values, not the variable size " + config.shape().varSize()
              + ".");
    }
    for (int q = 0; q < predicate.length; q++) {
      if (predicate[q] < -1 || predicate[q] >= config.shape().varSize()) {
        throw new InvalidProgramException(
            module + " maps query slot " + q + " to key slot " + predicate[q] + ", outside -1.." + (config.shape().varSize() - 1) + ".");
      }
    }
  }

  private void checkSlot(String module, int slot) {
    if (slot < 0 || slot >= config.shape().varSize()) {
      throw new InvalidProgramException(
          module + " outputs slot " + slot + ", outside 0.." + (config.shape().varSize() - 1) + ".");
    }
  }

  private void checkClassifier() {
    List<String> features = new ArrayList<>(domains.keySet());
    features.addAll(numericalVariables());
    if (!classifier.featureNames().equals(features)) {
      throw new InvalidProgramException(
          "The classifier reads features " + classifier.featureNames() + ", but the program's variables in canonical order are "
              + features + ".");
    }
    int k = config.shape().varSize();
    int row = 0;
    for (String feature : features) {
      featureRows.put(feature, row);
      row += ranges.containsKey(feature) ? 1 : k;
    }
    double[][] weights = classifier.weights();
    if (weights.length != row) {
      throw new InvalidProgramException(
          "The classifier has " + weights.length + " weight rows; its features need " + row + " (" + k
              + " per categorical feature, 1 per numerical one).");
    }
    for (int r = 0; r < weights.length; r++) {
      if (weights[r].length != classes.size()) {
        throw new InvalidProgramException(
            "Classifier weight row " + r + " has " + weights[r].length + " columns, not one per class (" + classes.size() + ").");
      }
      for (double w : weights[r]) {
        if (!Double.isFinite(w)) {
          throw new InvalidProgramException("Classifier weight row " + r + " holds " + w + ", not a finite number.");
        }
      }
    }
  }

  public ProgramConfig config() {
    return config;
  }

  public List<String> vocabulary() {
    return vocabulary;
  }

  /** The labels the classifier predicts, in column order. */
  public List<String> classes() {
    return classes;
  }

  public List<CatHead> catHeads() {
    return catHeads;
  }

  public List<NumHead> numHeads() {
    return numHeads;
  }

  public List<CatMlp> catMlps() {
    return catMlps;
  }

  public List<NumMlp> numMlps() {
    return numMlps;
  }

  public Classifier classifier() {
    return classifier;
  }

  /** Categorical variable names in canonical order. */
  public List<String> categoricalVariables() {
    return List.copyOf(domains.keySet());
  }

  /** Numerical variable names in canonical order. */
  public List<String> numericalVariables() {
    List<String> names = new ArrayList<>(List.of("ones"));
    numHeads.forEach(h -> names.add(h.name()));
    return names;
  }

  public boolean isCategorical(String variable) {
    return domains.containsKey(variable);
  }

  public boolean isNumerical(String variable) {
    return ranges.containsKey(variable);
  }

  /** The values a categorical variable's slots stand for. */
  public Domain domain(String variable) {
    Domain domain = domains.get(variable);
    if (domain == null) {
      throw new IllegalArgumentException(variable + " is not a categorical variable of this program.");
    }
    return domain;
  }

  /** Every value a numerical variable can take on inputs up to the maximum length. */
  public NumericRange range(String variable) {
    NumericRange range = ranges.get(variable);
    if (range == null) {
      throw new IllegalArgumentException(variable + " is not a numerical variable of this program.");
    }
    return range;
  }

  /**
   * The slots a categorical variable can hold on some input: all tokens and positions, a head's value variable's
   * slots, an MLP's outputs over its inputs' reachable slots.
   */
  public BitSet reachableSlots(String variable) {
    domain(variable);
    return (BitSet) reachable.get(variable).clone();
  }

  /** The first classifier weight row of a feature. */
  public int featureRow(String feature) {
    Integer row = featureRows.get(feature);
    if (row == null) {
      throw new IllegalArgumentException(feature + " is not a feature of this program's classifier.");
    }
    return row;
  }

  /**
   * The slot of a token, or -1 when it is not in the vocabulary. With word embeddings the token is first normalised
   * as the program does, and a word not in the vocabulary takes the slot of {@code <unk>}.
   */
  public int tokenSlot(String token) {
    if (embeddings == null) {
      return tokenSlots.getOrDefault(token, -1);
    }
    Integer slot = tokenSlots.get(embeddings.normalise(token));
    return slot != null ? slot : tokenSlots.getOrDefault(WordEmbeddings.UNKNOWN, -1);
  }

  /** The factored word embeddings, if the program has them instead of one-hot tokens. */
  public Optional<WordEmbeddings> embeddings() {
    return Optional.ofNullable(embeddings);
  }

  /**
   * Whether positions holding {@code <s>} or {@code </s>} answer with that token instead of a prediction, as the
   * paper's programs do: sequence-labelling programs whose vocabulary has those tokens.
   */
  public boolean marksBoundaries() {
    return !config.pooled() && BOUNDARY_TOKENS.stream().anyMatch(tokenSlots::containsKey);
  }
}
