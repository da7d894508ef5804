package io.tprog.learner.embeddings;

import io.tprog.learner.data.DataFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Word vectors from a GloVe text file ({@code .txt}, or gzip-compressed {@code .txt.gz}): one word a line followed by
 * its values, separated by single spaces, every line with the same number of values, no header. Only the vectors of
 * the words asked for are kept (a word is found as written, or else lower-cased, since GloVe 6B is lower-cased while
 * CoNLL keeps case). A malformed line is one sentence naming the file and line.
 */
public final class WordVectors {
  private final Path file;
  private final int dimension;
  private final Map<String, float[]> vectors;

  private WordVectors(Path file, int dimension, Map<String, float[]> vectors) {
    this.file = file;
    this.dimension = dimension;
    this.vectors = vectors;
  }

  /** Reads the vectors of {@code words} (and of their lower-cased forms) from {@code file}. */
  public static WordVectors read(Path file, Collection<String> words) throws IOException {
    Set<String> wanted = new HashSet<>();
    for (String w : words) {
      wanted.add(w);
      wanted.add(w.toLowerCase(Locale.ROOT));
    }
    Map<String, float[]> vectors = new HashMap<>();
    int dimension = -1;
    int lineNumber = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      while ((line = readLine(reader, file, lineNumber + 1)) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.strip().split(" ");
        if (parts.length < 2) {
          throw new DataFormatException(file, lineNumber, 0, "expected a word and its vector values, but found one field");
        }
        if (dimension < 0) {
          dimension = parts.length - 1;
        } else if (parts.length - 1 != dimension) {
          throw new DataFormatException(file, lineNumber, 0, "expected " + dimension + " values like the first line, but "
              + "found " + (parts.length - 1));
        }
        if (wanted.contains(parts[0])) {
          vectors.put(parts[0], values(parts, file, lineNumber));
        } else {
          // Every line is checked, so a broken file fails whatever words are asked for.
          values(parts, file, lineNumber);
        }
      }
    } catch (ZipException e) {
      throw new DataFormatException(file, 0, 0, "expected a gzip file (it ends in .gz), but it is not one");
    }
    if (dimension < 0) {
      throw new DataFormatException(file, 0, 0, "expected word vectors, one a line, but the file has none");
    }
    return new WordVectors(file, dimension, vectors);
  }

  private static String readLine(BufferedReader reader, Path file, int lineNumber) throws IOException {
    try {
      return reader.readLine();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(file, lineNumber, 0, "expected UTF-8 text, but the line has bytes that are not UTF-8");
    }
  }

  private static float[] values(String[] parts, Path file, int lineNumber) throws DataFormatException {
    float[] v = new float[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      try {
        v[i - 1] = Float.parseFloat(parts[i]);
      } catch (NumberFormatException e) {
        throw new DataFormatException(file, lineNumber, 0, "expected a number as value " + i + ", but found '"
            + parts[i] + "'");
      }
      if (!Float.isFinite(v[i - 1])) {
        throw new DataFormatException(file, lineNumber, 0, "expected a finite number as value " + i + ", but found '"
            + parts[i] + "'");
      }
    }
    return v;
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** Values per vector. */
  public int dimension() {
    return dimension;
  }

  /** The vector of {@code word} as written, else of its lower-cased form, if the file has one. */
  public Optional<float[]> vector(String word) {
    float[] v = vectors.get(word);
    if (v == null) {
      v = vectors.get(word.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(v);
  }
}
