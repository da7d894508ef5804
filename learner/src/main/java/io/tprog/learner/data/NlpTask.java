package io.tprog.learner.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The paper's real NLP tasks, read from the files that {@code ../shared/data/README.md} describes and prepared as the
 * paper prepares them. The data folder is given on the command line: either the folder that holds the task's own
 * folder ({@code conll2003/}, {@code trec/}, ...) or that folder itself.
 *
 * <ul>
 *   <li>{@code conll}: CoNLL-2003 {@code train.txt}, {@code valid.txt}, {@code test.txt} (UTF-8); tags as in the files;
 *       digit runs become {@code @}; maximum length 32.
 *   <li>{@code trec}: {@code TREC.train} and {@code TREC.test} (latin-1), {@code COARSE:fine words} a line, labelled
 *       with the coarse class; a seeded 10% of the training file is validation, as the paper splits a set without one.
 *   <li>{@code mr}: {@code rt-polarity.pos} and {@code .neg} (latin-1), labelled {@code pos} and {@code neg}; of each
 *       file the first lines train, the next tenth validation, the last tenth test (4,265 / 533 / 533).
 *   <li>{@code subj}: {@code subj.subjective} and {@code .objective} (latin-1), labelled {@code subjective} and
 *       {@code objective}; a seeded 20% is test (the paper's own 8,000 / 2,000 split cannot be recovered), then a
 *       seeded 10% of the rest validation.
 *   <li>{@code sst2}: {@code stsa.binary.train}, {@code .dev}, {@code .test} (UTF-8), {@code label words} a line with
 *       labels {@code 1} and {@code 0} (not in the paper's table).
 * </ul>
 * Classification tasks are pooled and have maximum length 64; every task keeps sentences of at least one word and a
 * vocabulary of the 10,000 most frequent training words.
 */
public enum NlpTask {
  CONLL("conll", "conll2003", false, StandardCharsets.UTF_8),
  TREC("trec", "trec", true, StandardCharsets.ISO_8859_1),
  MR("mr", "mr", true, StandardCharsets.ISO_8859_1),
  SUBJ("subj", "subj", true, StandardCharsets.ISO_8859_1),
  SST2("sst2", "sst2", true, StandardCharsets.UTF_8);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String id;
  private final String folder;
  private final boolean pooled;
  private final Charset charset;

  NlpTask(String id, String folder, boolean pooled, Charset charset) {
    this.id = id;
    this.folder = folder;
    this.pooled = pooled;
    this.charset = charset;
  }

  /** The name used on the command line and in files. */
  public String id() {
    return id;
  }

  /** Whether the task is a pooled classification (one label per sentence, at position 0). */
  public boolean pooled() {
    return pooled;
  }

  /** The NLP task with this id, if there is one. */
  public static Optional<NlpTask> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** Every NLP task id, comma-separated. */
  public static String ids() {
    return Arrays.stream(values()).map(NlpTask::id).collect(Collectors.joining(", "));
  }

  /** The paper's preparation of this task. */
  public NlpPreparation preparation() {
    return this == CONLL
        ? new NlpPreparation(true, 1, 32, NlpPreparation.PAPER_VOCABULARY)
        : new NlpPreparation(false, 1, 64, NlpPreparation.PAPER_VOCABULARY);
  }

  /** Reads the task's files from {@code dataDir} with the paper's preparation; {@code seed} seeds the splits made here. */
  public NlpDataset read(Path dataDir, long seed) throws IOException {
    return read(dataDir, seed, preparation());
  }

  /** Reads the task's files from {@code dataDir} with {@code preparation}. */
  public NlpDataset read(Path dataDir, long seed, NlpPreparation preparation) throws IOException {
    Path dir = Files.isDirectory(dataDir.resolve(folder)) ? dataDir.resolve(folder) : dataDir;
    List<NlpDataset.Split> splits = switch (this) {
      case CONLL -> List.of(
          conllSplit(dir, "train.txt", Dataset.TRAIN),
          conllSplit(dir, "valid.txt", Dataset.VALIDATION),
          conllSplit(dir, "test.txt", Dataset.TEST));
      case TREC -> {
        Path train = file(dir, "TREC.train");
        Path test = file(dir, "TREC.test");
        List<List<Example>> parts = NlpDataset.holdOut(readTrec(train), 0.1, seed);
        yield List.of(
            new NlpDataset.Split(Dataset.TRAIN, train, parts.get(0)),
            new NlpDataset.Split(Dataset.VALIDATION, train, parts.get(1)),
            new NlpDataset.Split(Dataset.TEST, test, readTrec(test)));
      }
      case MR -> twoFilesInOrder(file(dir, "rt-polarity.pos"), "pos", file(dir, "rt-polarity.neg"), "neg");
      case SUBJ -> twoFilesSeeded(
          file(dir, "subj.subjective"), "subjective", file(dir, "subj.objective"), "objective", seed);
      case SST2 -> List.of(
          sst2Split(dir, "stsa.binary.train", Dataset.TRAIN),
          sst2Split(dir, "stsa.binary.dev", Dataset.VALIDATION),
          sst2Split(dir, "stsa.binary.test", Dataset.TEST));
    };
    return NlpDataset.prepare(id, pooled, splits, preparation);
  }

  private NlpDataset.Split conllSplit(Path dir, String name, String split) throws IOException {
    Path f = file(dir, name);
    return new NlpDataset.Split(split, f, ConllReader.read(f, split, ConllReader.LAST_COLUMN, charset));
  }

  private NlpDataset.Split sst2Split(Path dir, String name, String split) throws IOException {
    Path f = file(dir, name);
    return new NlpDataset.Split(split, f, readLabelFirst(f, split, ' ', charset));
  }

  private List<Example> readTrec(Path f) throws IOException {
    return readLabelFirst(f, Dataset.TRAIN, ':', charset);
  }

  /** MR: of each file the first lines train, the next tenth validation, the last tenth test. */
  private List<NlpDataset.Split> twoFilesInOrder(Path a, String labelA, Path b, String labelB) throws IOException {
    List<List<Example>> bySplit = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Path f : List.of(a, b)) {
      List<Example> lines = readSentences(f, f == a ? labelA : labelB, charset);
      int tenth = lines.size() / 10;
      int trainEnd = lines.size() - 2 * tenth;
      bySplit.get(0).addAll(lines.subList(0, trainEnd));
      bySplit.get(1).addAll(lines.subList(trainEnd, trainEnd + tenth));
      bySplit.get(2).addAll(lines.subList(trainEnd + tenth, lines.size()));
    }
    return splitsOf(a, b, bySplit);
  }

  /** Subj: a seeded fifth of both files is test, then a seeded tenth of the rest validation. */
  private List<NlpDataset.Split> twoFilesSeeded(Path a, String labelA, Path b, String labelB, long seed)
      throws IOException {
    List<Example> all = new ArrayList<>(readSentences(a, labelA, charset));
    all.addAll(readSentences(b, labelB, charset));
    List<List<Example>> trainTest = NlpDataset.holdOut(all, 0.2, seed);
    List<List<Example>> trainValidation = NlpDataset.holdOut(trainTest.get(0), 0.1, seed);
    return splitsOf(a, b, List.of(trainValidation.get(0), trainValidation.get(1), trainTest.get(1)));
  }

  private static List<NlpDataset.Split> splitsOf(Path a, Path b, List<List<Example>> bySplit) {
    // Both files feed every split; messages name the folder that holds them.
    Path where = a.getParent() != null ? a.getParent() : b;
    List<NlpDataset.Split> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      out.add(new NlpDataset.Split(Dataset.SPLITS.get(i), where, bySplit.get(i)));
    }
    return out;
  }

  private static Path file(Path dir, String name) throws DataFormatException {
    Path f = dir.resolve(name);
    if (!Files.isRegularFile(f)) {
      throw new DataFormatException(f, 0, 0, "expected this file of the data set, but it does not exist");
    }
    return f;
  }

  /** One pooled, framed example: {@code <s> words </s>} labelled {@code label <pad> ...}. */
  static Example sentence(String split, String label, List<String> words) {
    List<String> tokens = new ArrayList<>(words.size() + 2);
    tokens.add(SpecialTokens.BOS);
    tokens.addAll(words);
    tokens.add(SpecialTokens.EOS);
    List<String> labels = new ArrayList<>(Collections.nCopies(tokens.size(), SpecialTokens.PAD));
    labels.set(0, label);
    return new Example(split, tokens, labels);
  }

  /** One sentence a line, all labelled {@code label}; a blank line is an error. */
  private static List<Example> readSentences(Path f, String label, Charset charset) throws IOException {
    List<Example> out = new ArrayList<>();
    int lineNumber = 0;
    for (String line : TextLines.read(f, charset)) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty()) {
        throw new DataFormatException(f, lineNumber, 0, "expected a sentence, but the line is blank");
      }
      out.add(sentence(Dataset.TRAIN, label, List.of(WHITESPACE.split(text))));
    }
    if (out.isEmpty()) {
      throw new DataFormatException(f, 0, 0, "expected one sentence a line, but the file is empty");
    }
    return out;
  }

  /**
   * Lines {@code LABEL<sep>...<space>words}: the label is the text before the first {@code separator}; with a
   * separator other than a space (TREC's {@code COARSE:fine}) the rest of the first field is dropped.
   */
  private static List<Example> readLabelFirst(Path f, String split, char separator, Charset charset)
      throws IOException {
    List<Example> out = new ArrayList<>();
    int lineNumber = 0;
    for (String line : TextLines.read(f, charset)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = WHITESPACE.split(line.strip(), 2);
      int cut = fields[0].indexOf(separator);
      String label = separator == ' ' ? fields[0] : cut > 0 ? fields[0].substring(0, cut) : "";
      if (label.isEmpty() || fields.length < 2) {
        String shape = separator == ' ' ? "LABEL words" : "LABEL" + separator + "detail words";
        throw new DataFormatException(f, lineNumber, 0, "expected '" + shape + "', but found '" + line.strip() + "'");
      }
      out.add(sentence(split, label, List.of(WHITESPACE.split(fields[1]))));
    }
    if (out.isEmpty()) {
      throw new DataFormatException(f, 0, 0, "expected labelled sentences, but the file has none");
    }
    return out;
  }
}
