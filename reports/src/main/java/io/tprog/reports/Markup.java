package io.tprog.reports;

import java.util.Locale;

/** Escaping for the two text formats reports are written in, and the one number format they share. */
public final class Markup {
  private Markup() {}

  /** Text safe inside HTML and SVG elements and double-quoted attributes. */
  public static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text safe inside a Markdown table cell, escaped only where Markdown would read it otherwise: a pipe (it ends the
   * cell), a {@code <} that could open an HTML tag or autolink ({@code <s>} is the strike-through tag), a backslash
   * before punctuation, and an {@code &} that would start an entity; {@code ->} and the rest stay as written.
   */
  public static String cell(String text) {
    String escaped = MARKDOWN_SPECIAL.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("\\" + m.group()));
    return ENTITY.matcher(escaped).replaceAll("&amp;$1").replace("\n", " ");
  }

  /** A pipe, a {@code <} before a letter, {@code /}, {@code !} or {@code ?}, a backslash before ASCII punctuation. */
  private static final java.util.regex.Pattern MARKDOWN_SPECIAL =
      java.util.regex.Pattern.compile("\\||<(?=[A-Za-z/!?])|\\\\(?=[!-/:-@\\[-`{-~])");

  /** An {@code &} that starts a character reference ({@code &gt;}, {@code &#62;}). */
  private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#?[A-Za-z0-9]+;)");

  /** A fraction as a percentage with two decimals, independent of the default locale. */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
  }

  /** A change of a fraction as signed percentage points with two decimals ({@code -12.50%}, {@code +0.00%}). */
  public static String signedPercent(double fraction) {
    return String.format(Locale.ROOT, "%+.2f%%", 100 * fraction);
  }

  /** A coordinate with at most one decimal, so SVG output stays short and stable. */
  public static String coordinate(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
