package io.tprog.learner.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user's own NLP files, prepared as the paper prepares its tasks: CoNLL column files (tag column chosen) for
 * tagging, or {@code label<TAB>text} files for pooled classification, each sentence framed by {@code <s>} and
 * {@code </s>}. Without a validation file, a seeded 10% of the training file is validation, as the paper splits a set
 * without one.
 */
public final class NlpFiles {

  /** The two formats of a user's files. */
  public enum Format {
    CONLL,
    TEXT;

    /** The format named {@code conll} or {@code text}. */
    public static Format fromId(String id) {
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(id)) {
          return f;
        }
      }
      throw new IllegalArgumentException("Unknown format '" + id + "'; the formats are conll and text.");
    }
  }

  private NlpFiles() {}

  /**
   * Reads {@code train}, {@code validation} (null: split off {@code train} by {@code seed}) and {@code test}, decoded
   * with {@code charset}; {@code tagColumn} as in {@link ConllReader#read(Path, String, int, Charset)}.
   */
  public static NlpDataset read(
      Format format, Path train, Path validation, Path test, int tagColumn, Charset charset,
      NlpPreparation preparation, long seed) throws IOException {
    List<Example> trainExamples = read(format, train, tagColumn, charset);
    List<NlpDataset.Split> splits = new ArrayList<>();
    if (validation == null) {
      List<List<Example>> parts = NlpDataset.holdOut(trainExamples, 0.1, seed);
      splits.add(new NlpDataset.Split(Dataset.TRAIN, train, parts.get(0)));
      splits.add(new NlpDataset.Split(Dataset.VALIDATION, train, parts.get(1)));
    } else {
      splits.add(new NlpDataset.Split(Dataset.TRAIN, train, trainExamples));
      splits.add(new NlpDataset.Split(Dataset.VALIDATION, validation, read(format, validation, tagColumn, charset)));
    }
    splits.add(new NlpDataset.Split(Dataset.TEST, test, read(format, test, tagColumn, charset)));
    String name = train.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return NlpDataset.prepare(name, format == Format.TEXT, splits, preparation);
  }

  private static List<Example> read(Format format, Path file, int tagColumn, Charset charset) throws IOException {
    if (format == Format.CONLL) {
      return ConllReader.read(file, Dataset.TRAIN, tagColumn, charset);
    }
    List<Example> out = new ArrayList<>();
    for (Example e : LabelledTextReader.read(file, Dataset.TRAIN, charset)) {
      out.add(NlpTask.sentence(Dataset.TRAIN, e.labels().get(0), e.tokens().subList(1, e.length())));
    }
    return out;
  }
}
