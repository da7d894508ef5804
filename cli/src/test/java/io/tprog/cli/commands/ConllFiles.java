package io.tprog.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small CoNLL files for NLP command tests: sentences of people (B-PER) and places (B-LOC) among filler words. */
final class ConllFiles {
  private ConllFiles() {}

  /** Writes {@code sentences} seeded sentences to {@code dir/name}, one "word NNP tag" line a word. */
  static Path write(Path dir, String name, int sentences, long seed) throws Exception {
    Random r = new Random(seed);
    String[] people = {"John", "Mary", "Anna"};
    String[] places = {"Paris", "Rome", "Oslo"};
    String[] filler = {"the", "met", "in", "and", "1996"};
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      for (int w = 0; w < 2 + r.nextInt(5); w++) {
        int kind = r.nextInt(3);
        String word = kind == 0 ? people[r.nextInt(3)] : kind == 1 ? places[r.nextInt(3)] : filler[r.nextInt(5)];
        lines.add(word + " NNP " + (kind == 0 ? "B-PER" : kind == 1 ? "B-LOC" : "O"));
      }
      lines.add("");
    }
    return Files.write(dir.resolve(name), lines);
  }
}
