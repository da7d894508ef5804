package io.tprog.learner.program;

import java.util.ArrayList;
import java.util.List;

/**
 * Prepares a program's source for Jython, which compiles each Python function into one JVM method (at most 64 KB of
 * bytecode) and rebuilds every set literal on every call. Each membership test against a set literal of constants
 * ({@code x in {(0, 1), (2, 3)}}) is replaced by an index into a list of frozensets that the loader builds once from
 * the literal's text; the line breaks inside a literal are kept so line numbers stay those of the file. Large MLP
 * tables then compile, and run faster. The program file itself is never changed.
 */
final class JythonSource {
  /** The module global that holds the frozensets, in the order of {@link Prepared#literals()}. */
  static final String LITERALS = "tprog_set_literals";

  private JythonSource() {}

  /** The rewritten source and, per replaced literal, its elements as a Python list literal. */
  record Prepared(String text, List<String> literals) {}

  static Prepared prepare(String source) {
    StringBuilder out = new StringBuilder(source.length());
    List<String> literals = new ArrayList<>();
    int copied = 0;
    int open = -1;
    int i = 0;
    while (i < source.length()) {
      char ch = source.charAt(i);
      if (ch == '#') {
        i = endOfLine(source, i);
      } else if (ch == '"' || ch == '\'') {
        i = endOfString(source, i);
      } else if (ch == '{') {
        open = i;
        i++;
      } else if (ch == '}' && open >= 0) {
        String inner = source.substring(open + 1, i);
        if (isConstantElements(inner) && followsIn(source, open)) {
          out.append(source, copied, open).append(LITERALS).append('[').append(literals.size());
          inner.chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
          out.append(']');
          literals.add("[" + inner + "]");
          copied = i + 1;
        }
        open = -1;
        i++;
      } else {
        i++;
      }
    }
    out.append(source, copied, source.length());
    return new Prepared(out.toString(), literals);
  }

  private static int endOfLine(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end;
  }

  /** The index just past the string literal opening at {@code from}, triple-quoted or not. */
  private static int endOfString(String source, int from) {
    char quote = source.charAt(from);
    String triple = String.valueOf(quote).repeat(3);
    if (source.startsWith(triple, from)) {
      int end = source.indexOf(triple, from + 3);
      return end < 0 ? source.length() : end + 3;
    }
    int i = from + 1;
    while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, source.length());
  }

  /** Only numbers, strings, tuples and commas: what {@code ast.literal_eval} reads and a set can hold as constants. */
  private static boolean isConstantElements(String inner) {
    boolean any = false;
    int i = 0;
    while (i < inner.length()) {
      char ch = inner.charAt(i);
      if (ch == '"' || ch == '\'') {
        if (inner.startsWith(String.valueOf(ch).repeat(3), i)) {
          return false;
        }
        int end = endOfString(inner, i);
        if (end > inner.length() || inner.charAt(end - 1) != ch || end - 1 == i) {
          return false;
        }
        any = true;
        i = end;
      } else if (Character.isDigit(ch)) {
        any = true;
        i++;
      } else if (ch == '(' || ch == ')' || ch == ',' || ch == '-' || Character.isWhitespace(ch)) {
        i++;
      } else {
        return false;
      }
    }
    return any;
  }

  /** Whether the text before {@code open} ends with the keyword {@code in} (also {@code not in}). */
  private static boolean followsIn(String source, int open) {
    int end = open;
    while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    return end >= 2
        && source.startsWith("in", end - 2)
        && (end == 2 || !Character.isJavaIdentifierPart(source.charAt(end - 3)));
  }
}
