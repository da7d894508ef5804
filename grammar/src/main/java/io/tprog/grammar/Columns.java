package io.tprog.grammar;

/** Converts a (line, code-point column) position into CPython's UTF-8 byte column, cheaply for ASCII lines. */
final class Columns {
  private final String source;
  private final int[] lineStarts;
  private final boolean[] asciiLine;

  Columns(String source) {
    this.source = source;
    int lines = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines + 1];
    asciiLine = new boolean[lines + 1];
    int line = 1;
    lineStarts[1] = 0;
    boolean ascii = true;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n') {
        asciiLine[line] = ascii;
        line++;
        lineStarts[line] = i + 1;
        ascii = true;
      } else if (c >= 0x80) {
        ascii = false;
      }
    }
    asciiLine[line] = ascii;
  }

  /** The UTF-8 byte offset of code point {@code column} on 1-based {@code line}. */
  int byteColumn(int line, int column) {
    if (line < 1 || line >= asciiLine.length || asciiLine[line]) {
      return column;
    }
    int bytes = 0;
    int i = lineStarts[line];
    for (int k = 0; k < column && i < source.length(); k++) {
      int cp = source.codePointAt(i);
      i += Character.charCount(cp);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return bytes;
  }
}
