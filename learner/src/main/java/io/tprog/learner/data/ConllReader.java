package io.tprog.learner.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-2003 column files for named-entity recognition: one token a line, columns separated by spaces or tabs
 * (word first, NER tag last, so {@code word POS chunk tag} and {@code word tag} both work, but every line of a file
 * has the same number of columns; another tag column can be chosen), a blank line between sentences, {@code -DOCSTART-}
 * lines ignored. Files are UTF-8 unless another charset is given. Each sentence
 * becomes {@code <s> words </s>} labelled {@code <pad> tags <pad>}. Tags are {@code O}, {@code B-TYPE} or
 * {@code I-TYPE}; the original release's IOB1 tagging (a span may start with {@code I-}) is rewritten to IOB2 (every
 * span starts with {@code B-}), which leaves IOB2 files unchanged.
 */
public final class ConllReader {

  private static final Pattern COLUMN_SEPARATOR = Pattern.compile("[ \\t]+");
  private static final Pattern FIELD = Pattern.compile("\\S+");
  private static final Pattern TAG = Pattern.compile("O|[BI]-\\S+");

  private ConllReader() {}

  /** Tag column that means "the last one". */
  public static final int LAST_COLUMN = 0;

  /** The sentences of a UTF-8 {@code file} tagged in its last column, each an example of {@code split}, in file order. */
  public static List<Example> read(Path file, String split) throws IOException {
    return read(file, split, LAST_COLUMN, StandardCharsets.UTF_8);
  }

  /**
   * The sentences of {@code file} decoded with {@code charset}, tagged in column {@code tagColumn} (1-based, the word
   * being column 1; {@link #LAST_COLUMN} for the last), each an example of {@code split}, in file order.
   */
  public static List<Example> read(Path file, String split, int tagColumn, Charset charset) throws IOException {
    if (tagColumn < 0 || tagColumn == 1) {
      throw new IllegalArgumentException(
          "The tag column must be 2 or more (column 1 holds the word), or " + LAST_COLUMN + " for the last, not "
              + tagColumn + ".");
    }
    List<Example> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int columns = 0;
    int lineNumber = 0;
    for (String line : TextLines.read(file, charset)) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        addSentence(sentences, split, words, tags);
        continue;
      }
      if (trimmed.startsWith("-DOCSTART-")) {
        continue;
      }
      String[] parts = COLUMN_SEPARATOR.split(trimmed);
      if (parts.length < 2) {
        throw new DataFormatException(
            file, lineNumber, 0, "expected a word and an NER tag separated by spaces or tabs, but found one column");
      }
      if (columns == 0) {
        columns = parts.length;
      } else if (parts.length != columns) {
        throw new DataFormatException(
            file, lineNumber, 0, "expected " + columns + " columns like the first token line, but found "
                + parts.length);
      }
      if (tagColumn > parts.length) {
        throw new DataFormatException(
            file, lineNumber, 0, "expected the tag in column " + tagColumn + ", but the line has " + parts.length
                + " columns");
      }
      int column = tagColumn == LAST_COLUMN ? parts.length : tagColumn;
      String tag = parts[column - 1];
      if (!TAG.matcher(tag).matches()) {
        throw new DataFormatException(
            file, lineNumber, columnOf(line, column),
            "expected an IOB tag (O, B-TYPE or I-TYPE) in " + (tagColumn == LAST_COLUMN ? "the last column" : "column "
                + tagColumn) + ", but found '" + tag + "'; other tag schemes (such as IOBES's S- and E-) are not read");
      }
      words.add(parts[0]);
      tags.add(tag);
    }
    addSentence(sentences, split, words, tags);
    if (sentences.isEmpty()) {
      throw new DataFormatException(file, 0, 0, "expected at least one sentence of 'word ... tag' lines, but found none");
    }
    return sentences;
  }

  /** The three files of a CoNLL release as one dataset named {@code conll_ner}. */
  public static Dataset read(Path train, Path validation, Path test) throws IOException {
    List<Example> examples = new ArrayList<>(read(train, Dataset.TRAIN));
    examples.addAll(read(validation, Dataset.VALIDATION));
    examples.addAll(read(test, Dataset.TEST));
    return Dataset.of("conll_ner", examples, false, false);
  }

  /** The 1-based character column where the {@code column}-th whitespace-separated field of {@code line} starts. */
  private static int columnOf(String line, int column) {
    Matcher field = FIELD.matcher(line);
    int start = 0;
    for (int i = 0; i < column && field.find(); i++) {
      start = field.start();
    }
    return start + 1;
  }

  private static void addSentence(List<Example> sentences, String split, List<String> words, List<String> tags) {
    if (words.isEmpty()) {
      return;
    }
    List<String> tokens = new ArrayList<>(words.size() + 2);
    List<String> labels = new ArrayList<>(words.size() + 2);
    tokens.add(SpecialTokens.BOS);
    labels.add(SpecialTokens.PAD);
    tokens.addAll(words);
    labels.addAll(toIob2(tags));
    tokens.add(SpecialTokens.EOS);
    labels.add(SpecialTokens.PAD);
    sentences.add(new Example(split, tokens, labels));
    words.clear();
    tags.clear();
  }

  /** An {@code I-X} that does not continue a span of type X starts one, so it becomes {@code B-X}. */
  static List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String previous = "O";
    for (String tag : tags) {
      String type = tag.substring(Math.min(2, tag.length()));
      boolean continues = !previous.equals("O") && previous.substring(2).equals(type);
      out.add(tag.startsWith("I-") && !continues ? "B-" + type : tag);
      previous = tag;
    }
    return out;
  }
}
