package io.tprog.learner.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads text classification files: one example a line, {@code label<TAB>text}, blank lines skipped. The text is
 * split on whitespace and becomes {@code <s> words}; the example is pooled, so its label sits at position 0 (the
 * {@code <s>}) and every other position is {@code <pad>}.
 */
public final class LabelledTextReader {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private LabelledTextReader() {}

  /** The lines of a UTF-8 {@code file}, each an example of {@code split}, in file order. */
  public static List<Example> read(Path file, String split) throws IOException {
    return read(file, split, StandardCharsets.UTF_8);
  }

  /** The lines of {@code file} decoded with {@code charset}, each an example of {@code split}, in file order. */
  public static List<Example> read(Path file, String split, Charset charset) throws IOException {
    List<Example> examples = new ArrayList<>();
    int lineNumber = 0;
    for (String line : TextLines.read(file, charset)) {
      lineNumber++;
      if (!line.isBlank()) {
        examples.add(parse(file, lineNumber, line, split));
      }
    }
    if (examples.isEmpty()) {
      throw new DataFormatException(file, 0, 0, "expected at least one label<TAB>text line, but found none");
    }
    return examples;
  }

  /**
   * A file with no split of its own, as a pooled dataset named after the file, split 10% test, then 10% of the rest
   * validation, by {@code seed} (see {@link Datasets#split}).
   */
  public static Dataset readAndSplit(Path file, long seed) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return Dataset.of(name, Datasets.split(read(file, Dataset.TRAIN), seed), false, true);
  }

  private static Example parse(Path file, int lineNumber, String line, String split) throws DataFormatException {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new DataFormatException(file, lineNumber, 0, "expected label<TAB>text, but the line has no tab");
    }
    String label = line.substring(0, tab).strip();
    if (label.isEmpty() || WHITESPACE.matcher(label).find()) {
      throw new DataFormatException(
          file, lineNumber, 1, "expected a label without spaces before the tab, but found '" + label + "'");
    }
    if (label.equals(SpecialTokens.PAD)) {
      throw new DataFormatException(
          file, lineNumber, 1, "expected a class label, but found " + SpecialTokens.PAD + ", which means unscored");
    }
    String text = line.substring(tab + 1).strip();
    if (text.isEmpty()) {
      throw new DataFormatException(file, lineNumber, tab + 2, "expected text after the tab, but it is empty");
    }
    List<String> tokens = new ArrayList<>();
    tokens.add(SpecialTokens.BOS);
    Collections.addAll(tokens, WHITESPACE.split(text));
    List<String> labels = new ArrayList<>(Collections.nCopies(tokens.size(), SpecialTokens.PAD));
    labels.set(0, label);
    return new Example(split, tokens, labels);
  }
}
