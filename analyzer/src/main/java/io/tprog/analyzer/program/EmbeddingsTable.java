package io.tprog.analyzer.program;

import io.tprog.format.ComponentNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word embeddings table beside an NLP program: one row a word, one integer column a word variable. This project's
 * format writes the header {@code word,emb_0,...} (docs/program-format-nlp.md), the paper's reference format
 * {@code word,var0_embeddings,...}; both name the variables {@code var{v}_embeddings} here. Words are kept as the file
 * writes them.
 */
public record EmbeddingsTable(Path file, List<String> variables, Map<String, int[]> words) {
  private static final Pattern OURS = Pattern.compile("emb_(\\d+)");

  public EmbeddingsTable {
    variables = List.copyOf(variables);
    words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
  }

  /** Every value of {@code variable} some word has, or empty when the table has no such column. */
  public SortedSet<Integer> values(String variable) {
    int column = variables.indexOf(variable);
    SortedSet<Integer> values = new TreeSet<>();
    if (column >= 0) {
      words.values().forEach(row -> values.add(row[column]));
    }
    return values;
  }

  /**
   * Reads and checks the whole file.
   *
   * @throws WeightsFileException naming the file and line when it is missing, has no word column, or a row is not a
   *     word and one integer a variable
   */
  public static EmbeddingsTable read(Path file) {
    String name = file.toString();
    List<String> lines =
        ProgramFiles.read(file, "embeddings", f -> Files.readAllLines(f, StandardCharsets.UTF_8), sentence -> new WeightsFileException(name, 0, sentence));
    List<String> header = lines.isEmpty() ? List.of() : WeightsReader.fields(lines.get(0), name, 1);
    List<String> variables = new ArrayList<>();
    for (String column : header.subList(Math.min(1, header.size()), header.size())) {
      Matcher ours = OURS.matcher(column);
      if (ours.matches()) {
        variables.add(ComponentNames.wordVariable(Integer.parseInt(ours.group(1))));
      } else if (ComponentNames.isWordVariable(column)) {
        variables.add(column);
      } else {
        variables.clear();
        break;
      }
    }
    if (header.isEmpty() || !header.get(0).equals("word") || variables.isEmpty()) {
      throw new WeightsFileException(name, 1, "embeddings file " + name
          + " line 1: the header must be 'word' and then one column a variable (emb_0,... or var0_embeddings,...)");
    }
    Map<String, int[]> words = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNo = i + 1;
      if (lines.get(i).isEmpty()) {
        continue;
      }
      List<String> f = WeightsReader.fields(lines.get(i), name, lineNo);
      if (f.size() != header.size()) {
        throw new WeightsFileException(name, lineNo, "embeddings file " + name + " line " + lineNo + ": expected "
            + header.size() + " fields (the word and " + variables.size() + " values), found " + f.size());
      }
      int[] row = new int[variables.size()];
      for (int v = 0; v < row.length; v++) {
        try {
          row[v] = Integer.parseInt(f.get(v + 1).strip());
        } catch (NumberFormatException e) {
          throw new WeightsFileException(name, lineNo, "embeddings file " + name + " line " + lineNo + ": the value of "
              + header.get(v + 1) + " is '" + f.get(v + 1) + "', not an integer");
        }
      }
      if (words.putIfAbsent(f.get(0), row) != null) {
        throw new WeightsFileException(name, lineNo, "embeddings file " + name + " line " + lineNo + ": the word '"
            + f.get(0) + "' has a row already");
      }
    }
    return new EmbeddingsTable(file, variables, words);
  }
}
