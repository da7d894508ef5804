package io.tprog.learner.train;

import io.tprog.learner.model.EncodedBatch;
import io.tprog.learner.model.TrainableModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The training loop: per epoch a seeded shuffle, one Adam step per batch at the step's temperature with noise from
 * the step's seed, then the argmax model's validation accuracy and a checkpoint. Everything random is a function of
 * (seed, epoch, step), so resuming from a checkpoint replays what the killed run would have done, to float rounding:
 * TensorFlow's gradients can differ in the last bits from one build of the graph to the next (docs/architecture.md).
 */
public final class Trainer {

  /** Called after each epoch's checkpoint is written; a test throws from it to simulate a killed run. */
  public interface EpochListener {
    void epochDone(EpochRecord record);
  }

  private final TrainableModel model;
  private final TrainingConfig config;
  private final String fingerprint;
  private boolean showProgress = true;
  private EpochListener listener = r -> {};
  private int bestEpoch;
  private Map<String, float[]> bestState;
  private int[] groups;
  private int[] shortGroups;
  private int shortFirstEpochs;
  private Predicate<EpochRecord> stopWhen = r -> false;
  private SelectionScore selection;
  private double bestScore;
  private final Map<Integer, Double> selectionScores = new TreeMap<>();

  /**
   * What picks the epoch to keep and the classifier fit's epoch, higher is better; without one
   * ({@link #selectBy}), the argmax model's token accuracy on the validation split.
   */
  public interface SelectionScore {
    double score(TrainableModel model);
  }

  /**
   * @param fingerprint a description of the model and training configuration; a checkpoint with another one is not
   *     resumed
   */
  public Trainer(TrainableModel model, TrainingConfig config, String fingerprint) {
    this.model = model;
    this.config = config;
    this.fingerprint = fingerprint;
  }

  public Trainer showProgress(boolean show) {
    this.showProgress = show;
    return this;
  }

  public Trainer onEpoch(EpochListener listener) {
    this.listener = listener;
    return this;
  }

  /**
   * The least share of an epoch a group of {@link #balanceGroups} gets, as a fraction of an equal share. Reverse (paper
   * configuration, seed 1, 250 epochs; test split, then 3,000 length-balanced inputs, then lengths 1-6 of those): a
   * plain shuffle 99.10%, 94.95%, (20.0, 24.0, 27.7, 82.0, 99.98, 100); equal shares (1.0) 96.09%, 91.86%, (80.0, 90.0,
   * 96.3, 78.1, 88.9, 99.3); a quarter 97.96%, 91.90%, (80.0, 100, 85.9, 55.3, 99.0, 99.98). Short lengths gain, others
   * lose, so no task balances by default ({@link TaskPresets#balancedLengths}).
   */
  static final double BALANCE_FLOOR = 0.25;

  /**
   * Makes every group of training examples (such as the examples of one input length; {@code groups[i]} is example
   * i's) count: each epoch still draws as many examples as there are, but a group's share is its size or, if larger,
   * {@link #BALANCE_FLOOR} of an equal share ({@code size / groups}), scaled down so the shares add up to the epoch; a
   * small group's examples are repeated, a large group gives a fresh random subset each epoch. With reverse's lengths
   * (4, 16, 105, 507, 2,478 and 8,381 training examples of 1..6 symbols) each of the four shortest lengths gets about 4%
   * of the epoch and the longest 65%, where a plain shuffle gives the three shortest 1% together. Null (the default)
   * shuffles all examples once per epoch. The classifier fit draws its epochs the same way.
   */
  public Trainer balanceGroups(int[] groupOfExample) {
    this.groups = groupOfExample == null ? null : groupOfExample.clone();
    return this;
  }

  /**
   * Trains the first {@code epochs} epochs on the rare groups only (such as the short input lengths; {@code groups[i]}
   * is example i's): those with fewer examples than an equal share ({@code size / groups}). Each such epoch still draws
   * as many examples as there are, in equal shares of the rare groups, so the temperature schedule is unchanged; later
   * epochs draw as {@link #balanceGroups} or a shuffle would. A model that sees only inputs of several short lengths
   * cannot fit them by position alone, so it has to find what every length shares before the long inputs, which a
   * position-by-position program fits, dominate. Without rare groups it changes nothing.
   */
  public Trainer shortFirst(int[] groupOfExample, int epochs) {
    this.shortGroups = groupOfExample.clone();
    this.shortFirstEpochs = epochs;
    return this;
  }

  /**
   * Selects the epoch to keep ({@link #restoreBest}) and the classifier fit's epoch by {@code score} instead of the
   * validation accuracy, such as {@link LengthBalancedScore}: the validation accuracy is still what the curve records.
   */
  public Trainer selectBy(SelectionScore score) {
    this.selection = score;
    return this;
  }

  /** The selection score of the model as it is now: {@link #selectBy}'s, or the accuracy on {@code validation}. */
  private double selectionScore(EncodedBatch validation) {
    return selection != null ? selection.score(model) : accuracy(model, validation, config.batchSize());
  }

  /**
   * Ends training after the first epoch whose record satisfies {@code stop} (after its checkpoint), as if the run had
   * been asked for that many epochs with the schedule of all of them (the benchmark's time to an accuracy).
   */
  public Trainer stopWhen(Predicate<EpochRecord> stop) {
    this.stopWhen = stop;
    return this;
  }

  /** Steps in one epoch of {@code examples} examples. */
  public int stepsPerEpoch(int examples) {
    return (examples + config.batchSize() - 1) / config.batchSize();
  }

  /**
   * Trains on {@code train}, measuring {@code validation} after each epoch, checkpointing to {@code checkpoint} (when
   * not null) and, if {@code resume} and the checkpoint exists, continuing from it. Returns the whole curve.
   */
  public List<EpochRecord> train(EncodedBatch train, EncodedBatch validation, Path checkpoint, boolean resume) {
    List<EpochRecord> curve = new ArrayList<>();
    int startEpoch = 0;
    if (resume && checkpoint != null && Files.exists(checkpoint)) {
      Checkpoint saved = Checkpoint.read(checkpoint);
      if (!saved.fingerprint().equals(fingerprint)) {
        throw new IllegalArgumentException(
            "The checkpoint " + checkpoint + " is of another configuration (" + saved.fingerprint()
                + "); remove it or train with the same options.");
      }
      model.restoreState(saved.state());
      curve.addAll(saved.curve());
      startEpoch = saved.epochsDone();
      bestEpoch = saved.bestEpoch();
      bestState = saved.bestState();
      if (bestState != null) {
        if (selection == null) {
          bestScore = curve.get(bestEpoch - 1).validationAccuracy();
        } else { // the checkpoint keeps no score of its own: measure the kept state, then go back
          model.restoreState(bestState);
          bestScore = selection.score(model);
          model.restoreState(saved.state());
        }
      }
    }
    int steps = stepsPerEpoch(train.size());
    long totalSteps = (long) steps * config.epochs();
    TemperatureSchedule schedule = new TemperatureSchedule(config.tauStart(), config.tauEnd(), totalSteps);
    ProgressBar bar = showProgress ? progressBar("train", totalSteps, (long) startEpoch * steps) : null;
    try {
      for (int epoch = startEpoch; epoch < config.epochs(); epoch++) {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(mix(config.seed(), 0x5eedL + epoch));
        int[] rare = epoch < shortFirstEpochs ? rareOrder(shortGroups, random) : null;
        int[] order = rare != null ? rare : order(train.size(), random);
        double lossSum = 0;
        double correct = 0;
        double scored = 0;
        double tau = schedule.at(0);
        for (int s = 0; s < steps; s++) {
          long step = (long) epoch * steps + s;
          tau = schedule.at(step);
          EncodedBatch batch = batch(train, order, s);
          TrainableModel.BatchStats stats = model.trainStep(batch, (float) tau, stepSeed(step));
          lossSum += stats.loss() * batch.size();
          correct += stats.correct();
          scored += stats.scored();
          if (bar != null) {
            bar.stepTo(step + 1);
            bar.setExtraMessage(
                String.format(
                    Locale.ROOT,
                    " epoch %d/%d loss %.4f tau %.3f acc %.3f",
                    epoch + 1,
                    config.epochs(),
                    stats.loss(),
                    tau,
                    stats.accuracy()));
          }
        }
        double validationAccuracy = accuracy(model, validation, config.batchSize());
        EpochRecord record =
            new EpochRecord(
                epoch + 1,
                lossSum / train.size(),
                scored == 0 ? 0 : correct / scored,
                tau,
                validationAccuracy,
                (System.nanoTime() - started) / 1e9);
        curve.add(record);
        Map<String, float[]> state = model.stateValues();
        double score = selection == null ? validationAccuracy : selection.score(model);
        selectionScores.put(epoch + 1, score);
        if (bestState == null || score >= bestScore) {
          bestEpoch = epoch + 1;
          bestState = state;
          bestScore = score;
        }
        if (checkpoint != null) {
          new Checkpoint(fingerprint, epoch + 1, curve, state, bestEpoch, bestState).write(checkpoint);
        }
        listener.epochDone(record);
        if (stopWhen.test(record)) {
          break;
        }
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    return curve;
  }

  /** The selection score of each epoch trained by this trainer (resumed epochs are not measured again), by epoch. */
  public Map<Integer, Double> selectionScores() {
    return new TreeMap<>(selectionScores);
  }

  /**
   * The epoch (1-based) whose argmax model had the best validation accuracy, the latest one among equals; 0 before
   * any epoch.
   */
  public int bestEpoch() {
    return bestEpoch;
  }

  /**
   * Puts the model back into its state after {@link #bestEpoch()} (model selection on the validation split: the
   * temperature schedule makes the discrete model's accuracy wander from epoch to epoch). Does nothing before any
   * epoch.
   */
  public void restoreBest() {
    if (bestState != null) {
      model.restoreState(bestState);
    }
  }

  /**
   * What a classifier fit did: the epochs it ran, the one kept (0: none beat the trained classifier, which stays), and
   * the selection score of the argmax model before and after (its validation accuracy unless {@link #selectBy} says
   * otherwise).
   */
  public record ClassifierFit(
      int epochs, int selectedEpoch, double validationBefore, double validationAfter, double seconds) {}

  /**
   * Fits the classifier of the argmax model to {@code train} for {@code epochs} epochs (seeded shuffles, batches of
   * the training batch size), every other parameter held, and keeps the epoch with the best selection score
   * (validation accuracy unless {@link #selectBy}), the earliest among equals; the trained classifier counts as epoch
   * 0, so the fit never lowers that score.
   * Training fits the classifier to the soft model's mixed features; after discretisation the features are exact
   * one-hot values and counts, on which the trained classifier is not the best linear read-out.
   */
  public ClassifierFit fitClassifier(EncodedBatch train, EncodedBatch validation, int epochs) {
    if (epochs < 0) {
      throw new IllegalArgumentException("The classifier fit's epochs must not be negative.");
    }
    long started = System.nanoTime();
    double before = selectionScore(validation);
    double best = before;
    int selected = 0;
    Map<String, float[]> kept = epochs > 0 ? model.stateValues() : null;
    int steps = stepsPerEpoch(train.size());
    ProgressBar bar =
        showProgress && epochs > 0 ? progressBar("classifier", (long) steps * epochs, 0) : null;
    try {
      if (epochs > 0) {
        model.resetClassifierOptimizer();
      }
      for (int epoch = 1; epoch <= epochs; epoch++) {
        SplittableRandom random = new SplittableRandom(mix(config.seed(), 0xc1a55L + epoch));
        int[] order = order(train.size(), random);
        for (int s = 0; s < steps; s++) {
          TrainableModel.BatchStats stats = model.classifierStep(batch(train, order, s));
          if (bar != null) {
            bar.stepTo((long) (epoch - 1) * steps + s + 1);
            bar.setExtraMessage(
                String.format(
                    Locale.ROOT,
                    " epoch %d/%d loss %.4f acc %.3f",
                    epoch,
                    epochs,
                    stats.loss(),
                    stats.accuracy()));
          }
        }
        double accuracy = selectionScore(validation);
        if (accuracy > best) {
          best = accuracy;
          selected = epoch;
          kept = model.stateValues();
        }
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    if (selected < epochs) {
      model.restoreState(kept); // the last epoch's classifier is in the model: back to the kept (or trained) one
    }
    return new ClassifierFit(epochs, selected, before, best, (System.nanoTime() - started) / 1e9);
  }

  /** Token accuracy of the argmax model on {@code data} (scored positions only). */
  public static double accuracy(TrainableModel model, EncodedBatch data, int batchSize) {
    if (data.size() == 0) {
      return 0;
    }
    double correct = 0;
    double scored = 0;
    for (int from = 0; from < data.size(); from += batchSize) {
      TrainableModel.BatchStats stats =
          model.evaluate(data.slice(from, Math.min(batchSize, data.size() - from)));
      correct += stats.correct();
      scored += stats.scored();
    }
    return scored == 0 ? 0 : correct / scored;
  }

  /** Batch {@code s} of an epoch over {@code data} in {@code order} (the last one may be short). */
  private EncodedBatch batch(EncodedBatch data, int[] order, int s) {
    int from = s * config.batchSize();
    return data.rows(order, from, Math.min(config.batchSize(), data.size() - from));
  }

  /** One epoch's order of the {@code size} training examples: a shuffle, or the group-balanced draw. */
  private int[] order(int size, SplittableRandom random) {
    if (groups == null) {
      return shuffle(identity(size), random);
    }
    if (groups.length != size) {
      throw new IllegalArgumentException(groups.length + " group ids for " + size + " training examples");
    }
    return balancedOrder(groups, random);
  }

  /**
   * An epoch of {@link #shortFirst}: as many draws as examples, in equal shares of the groups with fewer examples than
   * an equal share, shuffled; null when no group is that small.
   */
  static int[] rareOrder(int[] groups, SplittableRandom random) {
    int n = groups.length;
    Map<Integer, List<Integer>> members = members(groups);
    double equal = (double) n / members.size();
    List<List<Integer>> rare = members.values().stream().filter(m -> m.size() < equal).toList();
    if (rare.isEmpty()) {
      return null;
    }
    int[] order = new int[n];
    int filled = 0;
    for (int g = 0; g < rare.size(); g++) {
      filled = draw(rare.get(g), g == rare.size() - 1 ? n - filled : n / rare.size(), order, filled, random);
    }
    return shuffle(order, random);
  }

  /** The group-balanced epoch of {@link #balanceGroups}: as many draws as examples, shuffled. */
  static int[] balancedOrder(int[] groups, SplittableRandom random) {
    int n = groups.length;
    Map<Integer, List<Integer>> members = members(groups);
    double share = BALANCE_FLOOR * n / members.size();
    double raw = members.values().stream().mapToDouble(m -> Math.max(m.size(), share)).sum();
    int[] order = new int[n];
    int filled = 0;
    int left = members.size();
    for (List<Integer> m : members.values()) {
      int quota = left == 1 ? n - filled : (int) Math.round(Math.max(m.size(), share) * n / raw);
      filled = draw(m, Math.min(quota, n - filled), order, filled, random);
      left--;
    }
    return shuffle(order, random);
  }

  /** The examples of each group ({@code groups[i]} is example i's), by group id. */
  private static Map<Integer, List<Integer>> members(int[] groups) {
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < groups.length; i++) {
      members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
    }
    return members;
  }

  /**
   * Puts {@code quota} draws of {@code group}'s examples into {@code order} from {@code filled} on: a shuffle of them,
   * repeated as often as the quota needs; returns the new fill.
   */
  private static int draw(List<Integer> group, int quota, int[] order, int filled, SplittableRandom random) {
    int[] shuffled = shuffle(group.stream().mapToInt(Integer::intValue).toArray(), random);
    for (int k = 0; k < quota; k++) {
      order[filled++] = shuffled[k % shuffled.length];
    }
    return filled;
  }

  private static int[] identity(int size) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    return order;
  }

  private static int[] shuffle(int[] order, SplittableRandom random) {
    int size = order.length;
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private long stepSeed(long step) {
    return mix(config.seed(), 0x9e3779b97f4a7c15L * (step + 1));
  }

  private static long mix(long a, long b) {
    return new SplittableRandom(a ^ Long.rotateLeft(b, 29)).nextLong();
  }

  private static ProgressBar progressBar(String task, long total, long done) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUnit(" steps", 1)
        .build()
        .stepTo(done);
  }
}
