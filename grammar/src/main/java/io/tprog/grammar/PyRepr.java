package io.tprog.grammar;

import io.tprog.grammar.ast.Bytes;
import io.tprog.grammar.ast.Ellipsis;
import io.tprog.grammar.ast.Imaginary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr} of the values a Constant can hold, character for character as CPython 3.11 writes it. */
final class PyRepr {
  private PyRepr() {}

  static String repr(Object value) {
    if (value == null) {
      return "None";
    } else if (value instanceof String s) {
      return string(s);
    } else if (value instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (value instanceof BigInteger i) {
      return i.toString();
    } else if (value instanceof Double d) {
      return floatRepr(d);
    } else if (value instanceof Imaginary im) {
      return imaginary(im.imag());
    } else if (value instanceof Bytes b) {
      return bytes(b);
    } else if (value == Ellipsis.INSTANCE) {
      return "Ellipsis";
    }
    throw new IllegalArgumentException("not a Python constant: " + value.getClass().getName());
  }

  /** The shortest decimal that reads back as {@code d}, laid out as Python's float repr. */
  static String floatRepr(double d) {
    String digits = shortest(d);
    if (digits.indexOf('e') < 0 && digits.indexOf('n') < 0 && digits.indexOf('.') < 0) {
      return digits + ".0";
    }
    return digits;
  }

  private static String imaginary(double d) {
    return shortest(d) + "j";
  }

  /** repr(float) without the trailing ".0" rule: "1e+16", "0.1", "inf", "nan", "5". */
  private static String shortest(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal rounded = exact;
    for (int precision = 1; precision <= 17; precision++) {
      rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == d) {
        break;
      }
    }
    boolean negative = d < 0;
    int exponent = rounded.precision() - rounded.scale() - 1;
    String significand = stripTrailingZeros(rounded.unscaledValue().abs().toString());
    StringBuilder out = new StringBuilder();
    if (negative) {
      out.append('-');
    }
    if (exponent >= -4 && exponent < 16) {
      if (exponent < 0) {
        out.append("0.");
        out.append("0".repeat(-exponent - 1)).append(significand);
      } else if (significand.length() <= exponent + 1) {
        out.append(significand).append("0".repeat(exponent + 1 - significand.length()));
      } else {
        out.append(significand, 0, exponent + 1).append('.').append(significand.substring(exponent + 1));
      }
    } else {
      out.append(significand.charAt(0));
      if (significand.length() > 1) {
        out.append('.').append(significand.substring(1));
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int abs = Math.abs(exponent);
      out.append(abs < 10 ? "0" + abs : Integer.toString(abs));
    }
    return out.toString();
  }

  private static String stripTrailingZeros(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }

  static String string(String s) {
    char quote = quote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    escape(s, quote, out);
    return out.append(quote).toString();
  }

  /** The quote repr puts around a str or bytes: double when the text holds a single quote and no double one. */
  private static char quote(boolean hasSingle, boolean hasDouble) {
    return hasSingle && !hasDouble ? '"' : '\'';
  }

  /** Appends {@code s} escaped as repr escapes it; {@code quote} is the quote to escape, or 0 for none. */
  static void escape(String s, char quote, StringBuilder out) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        escapeAscii(cp, quote, out);
      } else if (isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.append(String.format("\\U%08x", cp));
      }
    }
  }

  /**
   * Appends one ASCII character (below 0x80) as the repr of a str and of a bytes both write it: the quote and the
   * backslash escaped, tab, newline and carriage return by their letters, other controls and DEL as {@code \xNN}.
   */
  private static void escapeAscii(int c, char quote, StringBuilder out) {
    if ((quote != 0 && c == quote) || c == '\\') {
      out.append('\\').append((char) c);
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c < 0x20 || c == 0x7f) {
      out.append(String.format("\\x%02x", c));
    } else {
      out.append((char) c);
    }
  }

  /** Python's str.isprintable for one character: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space aside). */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  static String bytes(Bytes b) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (int i = 0; i < b.length(); i++) {
      hasSingle |= b.get(i) == '\'';
      hasDouble |= b.get(i) == '"';
    }
    char quote = quote(hasSingle, hasDouble);
    StringBuilder out = new StringBuilder(b.length() + 3).append('b').append(quote);
    for (int i = 0; i < b.length(); i++) {
      int c = b.get(i);
      if (c < 0x80) {
        escapeAscii(c, quote, out);
      } else {
        out.append(String.format("\\x%02x", c));
      }
    }
    return out.append(quote).toString();
  }
}
