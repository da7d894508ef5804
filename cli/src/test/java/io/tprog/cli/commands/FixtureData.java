package io.tprog.cli.commands;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.DatasetSpec;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.JsonlDataset;
import io.tprog.learner.data.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The datasets the fixture programs were trained on ({@code tprog data --task T} at its defaults, as each fixture's
 * metrics.json records), and seeded samples of them for tests that cannot afford every example in Jython. Files are
 * made once per test JVM.
 */
final class FixtureData {
  private static final Map<String, Path> FILES = new HashMap<>();
  private static Path dir;

  private FixtureData() {}

  /** The default dataset of {@code task}, every split. */
  static synchronized Path full(String task) {
    return FILES.computeIfAbsent(task, t -> write(t, examples(t)));
  }

  /**
   * A seeded sample of the default dataset of {@code task} with at most {@code perLength} examples of each input
   * length (tokens other than {@code <s>} and {@code </s>}), so short inputs, which are few, are all there.
   */
  static synchronized Path sample(String task, int perLength, long seed) {
    return FILES.computeIfAbsent(task + "-" + perLength + "-" + seed, name -> {
      List<Example> all = new ArrayList<>(examples(task));
      Collections.shuffle(all, new Random(seed));
      Map<Integer, Integer> taken = new HashMap<>();
      List<Example> kept = new ArrayList<>();
      for (Example e : all) {
        int length = (int) e.tokens().stream().filter(t -> !t.equals("<s>") && !t.equals("</s>")).count();
        if (taken.merge(length, 1, Integer::sum) <= perLength) {
          kept.add(e);
        }
      }
      return write(name, kept);
    });
  }

  private static List<Example> examples(String task) {
    Task t = Task.fromId(task);
    DatasetSpec spec = t.defaults();
    return Datasets.generate(t, spec).examples();
  }

  private static Path write(String name, List<Example> examples) {
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("tprog-fixture-data");
        dir.toFile().deleteOnExit();
      }
      Path file = dir.resolve(name + ".jsonl");
      JsonlDataset.write(file, Dataset.of(name, examples, false, false));
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
