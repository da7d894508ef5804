package io.tprog.grammar;

import io.tprog.grammar.ast.Bytes;
import io.tprog.grammar.ast.Imaginary;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Decodes number and string tokens into Python values, as CPython's tokenizer and compiler do. */
final class Literals {
  private Literals() {}

  /** The value of a NUMBER token: BigInteger, Double or Imaginary; null if it is malformed. */
  static Object number(String text) {
    String digits = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
    char last = digits.charAt(digits.length() - 1);
    if (last == 'j' || last == 'J') {
      return new Imaginary(Double.parseDouble(digits.substring(0, digits.length() - 1)));
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      char base = Character.toLowerCase(digits.charAt(1));
      if (base == 'x') {
        return new BigInteger(digits.substring(2), 16);
      } else if (base == 'o') {
        return new BigInteger(digits.substring(2), 8);
      } else if (base == 'b') {
        return new BigInteger(digits.substring(2), 2);
      }
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return Double.parseDouble(digits);
      }
    }
    if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
      return null;
    }
    if (digits.length() < 18) {
      return BigInteger.valueOf(Long.parseLong(digits));
    }
    return new BigInteger(digits);
  }

  /** The prefix letters of a string token, lower-cased. */
  static String prefix(String token) {
    int i = 0;
    while (token.charAt(i) != '\'' && token.charAt(i) != '"') {
      i++;
    }
    return token.substring(0, i).toLowerCase(java.util.Locale.ROOT);
  }

  /** Index of the first character after the opening quotes. */
  static int bodyStart(String token) {
    int i = prefix(token).length();
    return isTriple(token, i) ? i + 3 : i + 1;
  }

  /** Index just past the last character before the closing quotes. */
  static int bodyEnd(String token) {
    return token.length() - (isTriple(token, prefix(token).length()) ? 3 : 1);
  }

  private static boolean isTriple(String token, int quoteAt) {
    char q = token.charAt(quoteAt);
    return token.length() >= quoteAt + 6 && token.charAt(quoteAt + 1) == q && token.charAt(quoteAt + 2) == q;
  }

  /** Thrown for a bad escape; the message is the sentence to report. */
  static final class BadEscape extends Exception {
    BadEscape(String message) {
      super(message, null, false, false);
    }
  }

  /** Where a literal's decoded body goes: a str's characters or a bytes literal's bytes. */
  private interface Sink {
    /** A character written as itself. */
    void literal(char c) throws BadEscape;

    /** The value of a one-letter or octal escape. */
    void value(int value);

    /**
     * Decodes the escape whose letter stands at {@code at} when this kind of literal has it (x, and for a str also u, U
     * and N); returns the index of its last character, or -1 when it has no such escape.
     */
    int escape(String body, int at) throws BadEscape;
  }

  /** Decodes the escapes of a str literal body (nothing to do when raw). */
  static String decodeString(String body, boolean raw) throws BadEscape {
    if (raw || body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    decode(body, false, new Sink() {
      @Override
      public void literal(char c) {
        out.append(c);
      }

      @Override
      public void value(int value) {
        out.appendCodePoint(value);
      }

      @Override
      public int escape(String body, int at) throws BadEscape {
        char e = body.charAt(at);
        if (e == 'x' || e == 'u' || e == 'U') {
          int width = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          int value = hex(body, at + 1, width, e);
          if (value < 0 || value > 0x10FFFF) {
            throw new BadEscape("(unicode error) illegal Unicode character in \\" + e + " escape");
          }
          out.appendCodePoint(value);
          return at + width;
        }
        if (e != 'N') {
          return -1;
        }
        int close = body.indexOf('}', at);
        if (at + 1 >= body.length() || body.charAt(at + 1) != '{' || close < 0) {
          throw new BadEscape("(unicode error) malformed \\N character escape");
        }
        String name = body.substring(at + 2, close);
        try {
          out.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException unknown) {
          throw new BadEscape("(unicode error) unknown Unicode character name '" + name + "'");
        }
        return close;
      }
    });
    return out.toString();
  }

  /** Decodes a bytes literal body; every character written literally must be ASCII. */
  static Bytes decodeBytes(String body, boolean raw) throws BadEscape {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
    decode(body, raw, new Sink() {
      @Override
      public void literal(char c) throws BadEscape {
        if (c >= 128) {
          throw new BadEscape("bytes can only contain ASCII literal characters");
        }
        out.write(c);
      }

      @Override
      public void value(int value) {
        out.write(value & 0xff);
      }

      @Override
      public int escape(String body, int at) throws BadEscape {
        if (body.charAt(at) != 'x') {
          return -1;
        }
        out.write(hex(body, at + 1, 2, 'x'));
        return at + 2;
      }
    });
    return new Bytes(out.toByteArray());
  }

  /**
   * The loop str and bytes literals share: a backslash escape that both kinds know (line continuation, the quotes and
   * backslash, the letters {@code a b f n r t v}, one to three octal digits) gives {@code sink} its value; any other
   * goes to {@link Sink#escape}, and one it does not know either is kept as written, backslash and all.
   */
  private static void decode(String body, boolean raw, Sink sink) throws BadEscape {
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (raw || c != '\\' || i + 1 >= n) {
        sink.literal(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case '\n' -> {}
        case '\\', '\'', '"' -> sink.value(e);
        case 'a' -> sink.value(7);
        case 'b' -> sink.value(8);
        case 'f' -> sink.value(12);
        case 'n' -> sink.value(10);
        case 'r' -> sink.value(13);
        case 't' -> sink.value(9);
        case 'v' -> sink.value(11);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = e - '0';
          for (int k = 0; k < 2 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
            value = value * 8 + body.charAt(++i) - '0';
          }
          sink.value(value);
        }
        default -> {
          int last = sink.escape(body, i);
          if (last < 0) {
            sink.literal('\\');
            sink.literal(e);
          } else {
            i = last;
          }
        }
      }
    }
  }

  private static int hex(String body, int from, int width, char kind) throws BadEscape {
    if (from + width > body.length()) {
      throw new BadEscape("(unicode error) truncated \\" + kind + " escape");
    }
    int value = 0;
    for (int k = 0; k < width; k++) {
      int digit = Character.digit(body.charAt(from + k), 16);
      if (digit < 0) {
        throw new BadEscape("(unicode error) truncated \\" + kind + " escape");
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
