package io.tprog.learner.data;

import static io.tprog.learner.data.SpecialTokens.BOS;
import static io.tprog.learner.data.SpecialTokens.EOS;
import static io.tprog.learner.data.SpecialTokens.PAD;
import static io.tprog.learner.data.SpecialTokens.UNK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The synthetic tasks of model.md section 9. Each task knows its defaults (the paper's setting), its vocabulary and
 * label set for a spec, how to draw one random input, and the correct labels of any input. Symbols are the digits
 * {@code "0"}, {@code "1"}, ... as strings (letters {@code a}, {@code b}, ... for induction's keys); counts are labels
 * written as strings. Position 0 always holds {@code <s>}, labelled {@code <pad>}. A length is drawn uniformly, then
 * each symbol uniformly, as in the paper.
 *
 * <ul>
 *   <li>{@code reverse}, {@code sort}: {@code <s> x </s>} with x of length 1..maxLength-2 over vocabSize-3 symbols;
 *       labels x reversed (sorted by value), {@code <pad>} at {@code <s>} and {@code </s>}.
 *   <li>{@code hist}: {@code <s> x} with x of length 1..maxLength-1 over vocabSize-2 symbols; label: how often the
 *       position's token occurs in x.
 *   <li>{@code double_hist}: same input; label: how many distinct tokens occur exactly as often as this one.
 *   <li>{@code most_freq}: same input; labels: the distinct tokens by descending count (ties: first occurrence
 *       first), then {@code <s>} on every remaining position (scored, as in the paper).
 *   <li>{@code dyck1}, {@code dyck2}: causal; {@code <s>} and maxLength-1 brackets ({@code ( )}, and {@code { }} for
 *       dyck2). Half the inputs are built by 1..maxLength/2 steps that each append a bracket pair or wrap the string
 *       so far in one, then filled up with random brackets (or cut) to maxLength-1; the other half are random
 *       brackets. Label {@code T} where the prefix so far is balanced, {@code P} where it is an unbalanced but valid
 *       prefix, {@code F} from the first error on.
 *   <li>{@code induction}: causal; length maxLength (even): (maxLength-2)/2 letter/digit pairs following a random
 *       letter-to-digit map drawn per sequence, with either one random digit before the pairs or one query letter
 *       after them; vocabSize-2 symbols, half letters, half digits. A letter's label is the digit that followed its
 *       previous occurrence, or {@code <unk>} at its first occurrence; digits are labelled {@code <pad>}.
 * </ul>
 *
 * <p>Defaults: reverse, sort, hist, double_hist and most_freq use vocabulary size 8 and maximum length 8; dyck1 and
 * dyck2 length 16 with their fixed vocabularies of 4 and 6 tokens; induction vocabulary size 10, length 10. Every
 * task asks for 20,000 distinct examples with seed 0, as the paper does.
 */
public enum Task {
  REVERSE("reverse", false),
  SORT("sort", false),
  HIST("hist", false),
  DOUBLE_HIST("double_hist", false),
  MOST_FREQ("most_freq", false),
  DYCK1("dyck1", true),
  DYCK2("dyck2", true),
  INDUCTION("induction", true);

  private static final int DEFAULT_SIZE = 20_000;

  private final String id;
  private final boolean causal;

  Task(String id, boolean causal) {
    this.id = id;
    this.causal = causal;
  }

  /** The name used on the command line and in files, e.g. {@code double_hist}. */
  public String id() {
    return id;
  }

  /** Whether a position may attend only to itself and earlier positions. */
  public boolean causal() {
    return causal;
  }

  /** Whether the task is a pooled classification (one label per sequence, at position 0); none of these are. */
  public boolean pooled() {
    return false;
  }

  /** The task with this id, or an exception listing the valid ids. */
  public static Task fromId(String id) {
    for (Task t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new DatasetSpecException("Unknown task '" + id + "'; the tasks are " + ids() + ".");
  }

  /** Every task id, comma-separated, in declaration order. */
  public static String ids() {
    return Arrays.stream(values()).map(Task::id).collect(Collectors.joining(", "));
  }

  /** The paper's setting for this task (see the class comment). */
  public DatasetSpec defaults() {
    return switch (this) {
      case DYCK1 -> new DatasetSpec(DEFAULT_SIZE, 0, 4, 16);
      case DYCK2 -> new DatasetSpec(DEFAULT_SIZE, 0, 6, 16);
      case INDUCTION -> new DatasetSpec(DEFAULT_SIZE, 0, 10, 10);
      default -> new DatasetSpec(DEFAULT_SIZE, 0, 8, 8);
    };
  }

  /**
   * The input tokens, specials first, in {@link TokenOrder}; {@code <pad>} is at index 0 and the list has exactly
   * {@code spec.vocabSize()} entries.
   */
  public List<String> vocabulary(DatasetSpec spec) {
    return switch (this) {
      case REVERSE, SORT -> withSpecials(List.of(PAD, BOS, EOS), digits(spec.vocabSize() - 3));
      case HIST, DOUBLE_HIST, MOST_FREQ -> withSpecials(List.of(PAD, BOS), digits(spec.vocabSize() - 2));
      case DYCK1, DYCK2 -> withSpecials(List.of(PAD, BOS), brackets());
      case INDUCTION -> {
        int symbols = (spec.vocabSize() - 2) / 2;
        yield withSpecials(List.of(PAD, BOS), concat(digits(symbols), letters(symbols)));
      }
    };
  }

  /** Every label the task can produce for a spec, {@code <pad>} first, in {@link TokenOrder}. */
  public List<String> classes(DatasetSpec spec) {
    return switch (this) {
      case REVERSE, SORT -> withSpecials(List.of(PAD), digits(spec.vocabSize() - 3));
      case HIST -> withSpecials(List.of(PAD), numbers(1, spec.maxLength() - 1));
      // Many tokens can share a count only when there are that many symbols and room for them.
      case DOUBLE_HIST -> withSpecials(List.of(PAD), numbers(1, Math.min(spec.vocabSize() - 2, spec.maxLength() - 1)));
      case MOST_FREQ -> withSpecials(List.of(PAD, BOS), digits(spec.vocabSize() - 2));
      case DYCK1, DYCK2 -> List.of(PAD, "F", "P", "T");
      case INDUCTION -> withSpecials(List.of(PAD, UNK), digits((spec.vocabSize() - 2) / 2));
    };
  }

  /** The correct labels of a well-formed input of this task (one per token). */
  public List<String> labels(List<String> tokens) {
    return switch (this) {
      case REVERSE -> {
        List<String> body = between(tokens);
        Collections.reverse(body);
        yield concat(List.of(PAD), body, List.of(PAD));
      }
      case SORT -> {
        List<String> body = between(tokens);
        body.sort(TokenOrder.COMPARATOR);
        yield concat(List.of(PAD), body, List.of(PAD));
      }
      case HIST -> histLabels(tokens);
      case DOUBLE_HIST -> doubleHistLabels(tokens);
      case MOST_FREQ -> mostFreqLabels(tokens);
      case DYCK1, DYCK2 -> dyckLabels(tokens);
      case INDUCTION -> inductionLabels(tokens);
    };
  }

  /** One random input, drawn with {@code random}; the spec has passed {@link #validate}. */
  List<String> draw(Random random, DatasetSpec spec) {
    return switch (this) {
      case REVERSE, SORT -> concat(
          List.of(BOS), randomSymbols(random, digits(spec.vocabSize() - 3), 1, spec.maxLength() - 2), List.of(EOS));
      case HIST, DOUBLE_HIST, MOST_FREQ -> concat(
          List.of(BOS), randomSymbols(random, digits(spec.vocabSize() - 2), 1, spec.maxLength() - 1));
      case DYCK1, DYCK2 -> drawDyck(random, spec, brackets());
      case INDUCTION -> drawInduction(random, spec);
    };
  }

  /** Throws a {@link DatasetSpecException} saying what is wrong when this task cannot generate from {@code spec}. */
  public void validate(DatasetSpec spec) {
    int v = spec.vocabSize();
    int l = spec.maxLength();
    switch (this) {
      case REVERSE, SORT -> {
        require(v >= 4, "needs a vocabulary size of at least 4 (<pad>, <s>, </s> and one symbol)", "vocabulary size", v);
        require(l >= 3, "needs a maximum length of at least 3 (<s>, one symbol, </s>)", "maximum length", l);
      }
      case HIST, DOUBLE_HIST, MOST_FREQ -> {
        require(v >= 3, "needs a vocabulary size of at least 3 (<pad>, <s> and one symbol)", "vocabulary size", v);
        require(l >= 2, "needs a maximum length of at least 2 (<s> and one symbol)", "maximum length", l);
      }
      case DYCK1, DYCK2 -> {
        int fixed = defaults().vocabSize();
        require(v == fixed, "has a fixed vocabulary of " + fixed + " tokens " + vocabulary(spec), "vocabulary size", v);
        require(l >= 3, "needs a maximum length of at least 3 (<s> and a bracket pair)", "maximum length", l);
      }
      case INDUCTION -> {
        require(
            v >= 4 && v % 2 == 0 && v <= 54,
            "needs an even vocabulary size from 4 to 54 (<pad>, <s>, then as many letters as digits)",
            "vocabulary size",
            v);
        require(
            l >= 4 && l % 2 == 0,
            "needs an even maximum length of at least 4 (<s>, a letter/digit pair, one more symbol)",
            "maximum length",
            l);
      }
    }
  }

  private void require(boolean ok, String need, String what, int value) {
    if (!ok) {
      throw new DatasetSpecException("Task " + id + " " + need + ", but the " + what + " is " + value + ".");
    }
  }

  // Helpers shared by the tasks.

  private static List<String> digits(int count) {
    return numbers(0, count - 1);
  }

  private static List<String> numbers(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(Integer.toString(i));
    }
    return out;
  }

  private static List<String> letters(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(letter(i));
    }
    return out;
  }

  private static List<String> withSpecials(List<String> specials, List<String> symbols) {
    return List.copyOf(concat(specials, symbols));
  }

  /** The parts one after another, in a new modifiable list. */
  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> out = new ArrayList<>();
    for (List<String> part : parts) {
      out.addAll(part);
    }
    return out;
  }

  /** The tokens between {@code <s>} and {@code </s>}, in a new modifiable list. */
  private static List<String> between(List<String> tokens) {
    return new ArrayList<>(tokens.subList(1, tokens.size() - 1));
  }

  private static List<String> randomSymbols(Random random, List<String> symbols, int minLength, int maxLength) {
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    List<String> out = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      out.add(symbols.get(random.nextInt(symbols.size())));
    }
    return out;
  }

  /** Occurrences per token, in order of first occurrence. */
  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts;
  }

  private static List<String> histLabels(List<String> tokens) {
    List<String> symbols = tokens.subList(1, tokens.size());
    Map<String, Integer> counts = counts(symbols);
    return concat(List.of(PAD), symbols.stream().map(t -> Integer.toString(counts.get(t))).toList());
  }

  private static List<String> doubleHistLabels(List<String> tokens) {
    List<String> symbols = tokens.subList(1, tokens.size());
    Map<String, Integer> counts = counts(symbols);
    Map<Integer, Integer> tokensPerCount = new HashMap<>();
    counts.values().forEach(c -> tokensPerCount.merge(c, 1, Integer::sum));
    return concat(List.of(PAD), symbols.stream().map(t -> tokensPerCount.get(counts.get(t)).toString()).toList());
  }

  private static List<String> mostFreqLabels(List<String> tokens) {
    // counts() keeps first-occurrence order, and the sort is stable, so ties stay in that order.
    Map<String, Integer> counts = counts(tokens.subList(1, tokens.size()));
    List<String> labels = new ArrayList<>(List.of(PAD));
    counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .forEach(e -> labels.add(e.getKey()));
    while (labels.size() < tokens.size()) {
      labels.add(BOS);
    }
    return labels;
  }

  /** The brackets of a dyck task, as pairs: {@code ( )}, and {@code { }} for dyck2. */
  private List<String> brackets() {
    return List.of("(", ")", "{", "}").subList(0, this == DYCK1 ? 2 : 4);
  }

  private static List<String> drawDyck(Random random, DatasetSpec spec, List<String> brackets) {
    int symbols = spec.maxLength() - 1;
    List<String> body = new ArrayList<>(symbols + 1);
    if (random.nextBoolean()) {
      // A random number of steps, as in the paper: always maxLength/2 steps would leave at most 128 distinct built
      // dyck1 strings after de-duplication.
      int steps = 1 + random.nextInt(spec.maxLength() / 2);
      for (int s = 0; s < steps; s++) {
        int pair = 2 * random.nextInt(brackets.size() / 2);
        if (random.nextBoolean()) {
          body.add(brackets.get(pair));
          body.add(brackets.get(pair + 1));
        } else {
          body.add(0, brackets.get(pair));
          body.add(brackets.get(pair + 1));
        }
      }
    }
    while (body.size() < symbols) {
      body.add(brackets.get(random.nextInt(brackets.size())));
    }
    return concat(List.of(BOS), body.subList(0, symbols));
  }

  private static List<String> dyckLabels(List<String> tokens) {
    List<String> labels = new ArrayList<>(List.of(PAD));
    List<String> open = new ArrayList<>();
    boolean failed = false;
    for (String t : tokens.subList(1, tokens.size())) {
      if (!failed) {
        switch (t) {
          case "(", "{" -> open.add(t);
          default -> {
            String wanted = t.equals(")") ? "(" : "{";
            failed = open.isEmpty() || !open.remove(open.size() - 1).equals(wanted);
          }
        }
      }
      labels.add(failed ? "F" : open.isEmpty() ? "T" : "P");
    }
    return labels;
  }

  private static List<String> drawInduction(Random random, DatasetSpec spec) {
    int symbols = (spec.vocabSize() - 2) / 2;
    int pairs = (spec.maxLength() - 2) / 2;
    int[] digitOf = new int[symbols];
    for (int i = 0; i < symbols; i++) {
      digitOf[i] = random.nextInt(symbols);
    }
    boolean leadingDigit = random.nextBoolean();
    List<String> tokens = new ArrayList<>(List.of(BOS));
    if (leadingDigit) {
      tokens.add(Integer.toString(random.nextInt(symbols)));
    }
    for (int p = 0; p < pairs; p++) {
      int letter = random.nextInt(symbols);
      tokens.add(letter(letter));
      tokens.add(Integer.toString(digitOf[letter]));
    }
    if (!leadingDigit) {
      tokens.add(letter(random.nextInt(symbols)));
    }
    return tokens;
  }

  private static List<String> inductionLabels(List<String> tokens) {
    Map<String, String> lastDigit = new HashMap<>();
    List<String> labels = new ArrayList<>(List.of(PAD));
    for (int i = 1; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (isLetter(t)) {
        labels.add(lastDigit.getOrDefault(t, UNK));
        if (i + 1 < tokens.size()) {
          lastDigit.put(t, tokens.get(i + 1));
        }
      } else {
        labels.add(PAD);
      }
    }
    return labels;
  }

  private static String letter(int index) {
    return String.valueOf((char) ('a' + index));
  }

  private static boolean isLetter(String token) {
    return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z';
  }
}
