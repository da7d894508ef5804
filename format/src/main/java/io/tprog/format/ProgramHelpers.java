package io.tprog.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The helper functions every program defines (program-format.md, "Shape", item 4), kept once as the Python resource
 * {@code program_helpers.py} beside this class: the learner's emitter and the analyzer's converter write them from
 * here, so the programs both produce compute their selections and scores with the same code.
 */
public final class ProgramHelpers {
  /** Attention: {@code select_closest}, {@code select}, {@code aggregate}, {@code aggregate_sum}. */
  public static final List<String> SELECTION = List.of("select_closest", "select", "aggregate", "aggregate_sum");
  /** The classifier: {@code load_weights} reads the weights file, {@code classify} scores with it. */
  public static final List<String> SCORING = List.of("load_weights", "classify");
  /** Factored word embeddings: {@code load_embeddings}, {@code word_key}, {@code replace_digits}. */
  public static final List<String> WORDS = List.of("load_embeddings", "word_key", "replace_digits");

  private static final String RESOURCE = "program_helpers.py";
  private static final Map<String, String> DEFINITIONS = read();

  private ProgramHelpers() {}

  /** Every helper's name, in the resource's order. */
  public static List<String> names() {
    return List.copyOf(DEFINITIONS.keySet());
  }

  /** The definitions of the named helpers, in the order given, separated by two blank lines, no final newline. */
  public static String text(List<String> names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      String definition = DEFINITIONS.get(name);
      if (definition == null) {
        throw new IllegalArgumentException("there is no program helper " + name + "; the helpers are " + names());
      }
      parts.add(definition);
    }
    return String.join("\n\n\n", parts);
  }

  /** Each top-level {@code def} of the resource, from its line to its last non-blank line. */
  private static Map<String, String> read() {
    String source;
    try (InputStream in = ProgramHelpers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing from tprog-format");
      }
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
    }
    Map<String, String> definitions = new LinkedHashMap<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    for (String line : (source + "\n").lines().toList()) {
      boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
      if (topLevel) {
        if (name != null) {
          definitions.put(name, definition(lines));
        }
        name = line.startsWith("def ") ? line.substring(4, line.indexOf('(')) : null;
        lines.clear();
      }
      if (name != null) {
        lines.add(line);
      }
    }
    if (name != null) {
      definitions.put(name, definition(lines));
    }
    return definitions;
  }

  private static String definition(List<String> lines) {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return String.join("\n", lines.subList(0, end));
  }

  /**
   * A word in ASCII, as the program's {@code word_key} writes it: a backslash doubled, printable ASCII kept, any other
   * character as {@code \\uXXXX} (or {@code \\UXXXXXXXX} beyond the basic plane), so that the table reads the same
   * in Jython and CPython whatever their default encodings.
   */
  public static String wordKey(String word) {
    StringBuilder key = new StringBuilder();
    word.codePoints().forEach(code -> {
      if (code == '\\') {
        key.append("\\\\");
      } else if (code >= 32 && code < 127) {
        key.appendCodePoint(code);
      } else if (code < 65536) {
        key.append(String.format(Locale.ROOT, "\\u%04x", code));
      } else {
        key.append(String.format(Locale.ROOT, "\\U%08x", code));
      }
    });
    return key.toString();
  }

  /** A CSV field as the tables write it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
  public static String csvField(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
