package io.tprog.analyzer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of one JSONL file, in file order. A line without {@code "split"} is a {@code test} example, as the
 * learner reads it (hand-written files are evaluation data).
 */
public record Dataset(Path file, List<Example> examples) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Dataset {
    examples = List.copyOf(examples);
  }

  /** Reads every non-blank line of {@code file}; throws {@link DatasetException} naming the first bad line. */
  public static Dataset read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DatasetException("Dataset " + file + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset " + file, e);
    }
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        examples.add(parse(file, i + 1, lines.get(i)));
      }
    }
    if (examples.isEmpty()) {
      throw new DatasetException("Dataset " + file + " has no examples");
    }
    return new Dataset(file, examples);
  }

  /** The examples of one split, or all of them when {@code split} is null. */
  public List<Example> split(String split) {
    return split == null ? examples : examples.stream().filter(e -> e.split().equals(split)).toList();
  }

  private static Example parse(Path file, int line, String text) {
    String where = file + " line " + line;
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new DatasetException(where + " column " + e.getLocation().getColumnNr() + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new DatasetException(where + " is not a JSON object");
    }
    List<String> tokens = strings(node.get("tokens"), "tokens", where);
    List<String> labels = strings(node.get("labels"), "labels", where);
    if (tokens.isEmpty()) {
      throw new DatasetException(where + " has no tokens");
    }
    if (tokens.size() != labels.size()) {
      throw new DatasetException(where + " has " + tokens.size() + " tokens but " + labels.size() + " labels");
    }
    JsonNode split = node.get("split");
    if (split != null && !split.isTextual()) {
      throw new DatasetException(where + ": \"split\" must be a string");
    }
    return new Example(split == null ? "test" : split.asText(), tokens, labels, line);
  }

  private static List<String> strings(JsonNode array, String field, String where) {
    if (array == null) {
      throw new DatasetException(where + " has no \"" + field + "\" list");
    }
    if (!array.isArray()) {
      throw new DatasetException(where + ": \"" + field + "\" must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : array) {
      if (!e.isTextual()) {
        throw new DatasetException(where + ": \"" + field + "\" must be a list of strings, found " + e);
      }
      out.add(e.asText());
    }
    return out;
  }
}
