package io.tprog.analyzer.program;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a weights file: CSV with header {@code feature,value,<classes...>} and one row per feature value. */
public final class WeightsReader {
  private WeightsReader() {}

  /**
   * Reads and checks the whole file.
   *
   * @throws WeightsFileException naming the file and line when it is missing, empty, or a row is malformed
   */
  public static Weights read(Path file) {
    String name = file.toString();
    List<String> lines =
        ProgramFiles.read(file, "weights", f -> Files.readAllLines(f, StandardCharsets.UTF_8), sentence -> new WeightsFileException(name, 0, sentence));
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new WeightsFileException(name, 1, "weights file " + name + " line 1: the header 'feature,value,<classes...>' is missing");
    }
    List<String> header = fields(lines.get(0), name, 1);
    if (header.size() < 3 || !header.get(0).equals("feature") || !header.get(1).equals("value")) {
      throw new WeightsFileException(
          name, 1, "weights file " + name + " line 1: the header must start 'feature,value,' and name at least one class");
    }
    List<String> classes = header.subList(2, header.size());
    List<WeightRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNo = i + 1;
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> f = fields(lines.get(i), name, lineNo);
      if (f.size() != header.size()) {
        throw new WeightsFileException(
            name,
            lineNo,
            "weights file " + name + " line " + lineNo + ": expected " + header.size() + " fields (feature, value and "
                + classes.size() + " class weights), found " + f.size());
      }
      List<Double> weights = new ArrayList<>(classes.size());
      for (int c = 2; c < f.size(); c++) {
        try {
          weights.add(Double.parseDouble(f.get(c)));
        } catch (NumberFormatException e) {
          throw new WeightsFileException(
              name,
              lineNo,
              "weights file " + name + " line " + lineNo + ": the weight for class '" + header.get(c) + "' is '" + f.get(c)
                  + "', not a number");
        }
      }
      rows.add(new WeightRow(f.get(0), f.get(1), weights, lineNo));
    }
    return new Weights(file, classes, rows);
  }

  /** Splits one CSV record; fields may be double-quoted, with {@code ""} for a quote inside. */
  static List<String> fields(String line, String file, int lineNo) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"' && cur.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
        wasQuoted = false;
      } else if (ch != '\r') {
        cur.append(ch);
      }
    }
    if (quoted) {
      throw new WeightsFileException(file, lineNo, "weights file " + file + " line " + lineNo + ": a quoted field is not closed");
    }
    out.add(cur.toString());
    return out;
  }
}
