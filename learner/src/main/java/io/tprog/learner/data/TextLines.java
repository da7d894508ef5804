package io.tprog.learner.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text file as lines, UTF-8 unless told otherwise, reporting bytes that are not text in the charset on the line
 * where they occur. A byte-order mark, which some editors put at the start of UTF-8 files, is dropped.
 */
final class TextLines {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private TextLines() {}

  /** The lines of {@code file} without their line breaks ({@code \n} or {@code \r\n}). */
  static List<String> read(Path file) throws IOException {
    return read(file, StandardCharsets.UTF_8);
  }

  /** The lines of {@code file} decoded with {@code charset}, without their line breaks. */
  static List<String> read(Path file, Charset charset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      String line = decode(decoder, file, lines.size() + 1, bytes, start, contentEnd);
      lines.add(lines.isEmpty() && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line);
      start = end + 1;
    }
    return lines;
  }

  private static String decode(CharsetDecoder decoder, Path file, int line, byte[] bytes, int from, int to)
      throws DataFormatException {
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      String name = decoder.charset().name();
      throw new DataFormatException(
          file, line, 0, "expected " + name + " text, but the line has bytes that are not " + name);
    }
  }
}
