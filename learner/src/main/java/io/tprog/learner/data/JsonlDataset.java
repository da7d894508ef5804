package io.tprog.learner.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.learner.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset file every command reads: UTF-8 JSON Lines, one example a line, keys in this order:
 * {@code {"split": "train", "tokens": ["<s>", "3", "1", "</s>"], "labels": ["<pad>", "1", "3", "<pad>"]}}. Labels
 * are strings aligned with tokens, {@code <pad>} where a position is not scored. A line without {@code "split"} is a
 * {@code test} example (hand-written files are evaluation data); other keys are ignored; blank lines are skipped.
 * A file is pooled classification data when every example is labelled at position 0 and nowhere else.
 */
public final class JsonlDataset {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String SHAPE = "{\"split\": \"train\", \"tokens\": [...], \"labels\": [...]}";

  private JsonlDataset() {}

  /**
   * Writes {@code dataset}'s examples in order, one a line, to a temporary file beside {@code file} that is then
   * renamed over it. The bytes depend only on the examples.
   */
  public static void write(Path file, Dataset dataset) throws IOException {
    AtomicFiles.write(file, stream -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      for (Example e : dataset.examples()) {
        out.write(line(e));
        out.write('\n');
      }
      out.flush();
    });
  }

  /** One example as its JSON line, without the line break. */
  public static String line(Example example) {
    StringBuilder s = new StringBuilder(64);
    s.append("{\"split\": ");
    appendString(s, example.split());
    s.append(", \"tokens\": ");
    appendArray(s, example.tokens());
    s.append(", \"labels\": ");
    appendArray(s, example.labels());
    return s.append('}').toString();
  }

  private static void appendArray(StringBuilder s, List<String> values) {
    s.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        s.append(", ");
      }
      appendString(s, values.get(i));
    }
    s.append(']');
  }

  private static void appendString(StringBuilder s, String value) {
    s.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, s);
    s.append('"');
  }

  /**
   * Reads a dataset file. Its name is the file name without {@code .jsonl}; its vocabulary and label set are those
   * its examples use (see {@link Dataset#of}); it is not causal (a caller that knows the task says otherwise).
   *
   * @throws DataFormatException naming the line and what was expected, for the first malformed line, or when the file
   *     has no examples
   */
  public static Dataset read(Path file) throws IOException {
    List<Example> examples = new ArrayList<>();
    int lineNumber = 0;
    for (String line : TextLines.read(file)) {
      lineNumber++;
      if (!line.isBlank()) {
        examples.add(parse(file, lineNumber, line));
      }
    }
    if (examples.isEmpty()) {
      throw new DataFormatException(file, 0, 0, "expected at least one example line like " + SHAPE + ", but the file has none");
    }
    String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    return Dataset.of(name, examples, false, examples.stream().allMatch(JsonlDataset::labelledAtStartOnly));
  }

  /** One line as an example; {@code lineNumber} is 1-based. */
  static Example parse(Path file, int lineNumber, String line) throws DataFormatException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new DataFormatException(
          file, lineNumber, column, "expected one JSON object like " + SHAPE + ", but the JSON is malformed ("
              + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
    if (node == null || !node.isObject()) {
      throw new DataFormatException(
          file, lineNumber, 0, "expected a JSON object like " + SHAPE + ", but found " + kind(node));
    }
    String split = Dataset.TEST;
    JsonNode splitNode = node.get("split");
    if (splitNode != null) {
      if (!splitNode.isTextual() || splitNode.asText().isBlank()) {
        throw new DataFormatException(
            file, lineNumber, 0, "expected \"split\" to be a non-empty string, but found " + kind(splitNode));
      }
      split = splitNode.asText();
    }
    List<String> tokens = strings(file, lineNumber, node, "tokens");
    List<String> labels = strings(file, lineNumber, node, "labels");
    if (tokens.isEmpty()) {
      throw new DataFormatException(file, lineNumber, 0, "expected at least one token, but \"tokens\" is empty");
    }
    if (labels.size() != tokens.size()) {
      throw new DataFormatException(
          file, lineNumber, 0, "expected one label per token (" + tokens.size() + "), but found " + labels.size()
              + " labels");
    }
    return new Example(split, tokens, labels);
  }

  private static List<String> strings(Path file, int lineNumber, JsonNode object, String key)
      throws DataFormatException {
    JsonNode array = object.get(key);
    if (array == null) {
      throw new DataFormatException(
          file, lineNumber, 0, "expected a \"" + key + "\" array of strings, but the key is missing");
    }
    if (!array.isArray()) {
      throw new DataFormatException(
          file, lineNumber, 0, "expected \"" + key + "\" to be an array of strings, but found " + kind(array));
    }
    List<String> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isTextual()) {
        throw new DataFormatException(
            file, lineNumber, 0, "expected \"" + key + "\" to hold only strings, but entry " + (i + 1) + " is "
                + kind(item));
      }
      out.add(item.asText());
    }
    return out;
  }

  private static boolean labelledAtStartOnly(Example e) {
    List<String> labels = e.labels();
    if (labels.get(0).equals(SpecialTokens.PAD)) {
      return false;
    }
    return labels.subList(1, labels.size()).stream().allMatch(SpecialTokens.PAD::equals);
  }

  private static String kind(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "the string " + node;
      case NUMBER -> "the number " + node;
      case BOOLEAN -> "the boolean " + node;
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
