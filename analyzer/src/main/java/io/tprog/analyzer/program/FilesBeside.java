package io.tprog.analyzer.program;

import io.tprog.format.ComponentNames;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Module;
import io.tprog.grammar.ast.Stmt;
import io.tprog.grammar.ast.VoidVisitorAdapter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files a program reads from beside it, either format: its weights file and, with word embeddings, its embeddings
 * table, each the file whose name the source writes as a string (the first one ending in {@code _weights.csv} or
 * {@code _embeddings.csv}), else {@code <stem>_weights.csv} or {@code <stem>_embeddings.csv}. A file that cannot be
 * read is a problem, and the program is read without it.
 */
final class FilesBeside {
  private final Module module;
  private final Path directory;
  private final String stem;
  private final ProblemSink problems;

  FilesBeside(Module module, Path directory, String stem, ProblemSink problems) {
    this.module = module;
    this.directory = directory;
    this.stem = stem;
    this.problems = problems;
  }

  /** The weights file, or null when it cannot be read. */
  Weights weights() {
    return read(ComponentNames.weightsFile(""), ComponentNames.weightsFile(stem), WeightsReader::read);
  }

  /** The embeddings table, or null when it cannot be read. */
  EmbeddingsTable embeddingsTable() {
    return read(ComponentNames.embeddingsFile(""), ComponentNames.embeddingsFile(stem), EmbeddingsTable::read);
  }

  private <T> T read(String suffix, String fallback, Function<Path, T> reader) {
    try {
      return reader.apply(file(suffix, fallback));
    } catch (WeightsFileException e) {
      problems.at(0, 0, e.getMessage());
      return null;
    }
  }

  /** The file the first module statement naming one ending in {@code suffix} names, else {@code fallback}. */
  private Path file(String suffix, String fallback) {
    for (Stmt s : module.body()) {
      Optional<String> named = fileName(s, suffix);
      if (named.isPresent()) {
        return directory.resolve(named.get());
      }
    }
    return directory.resolve(fallback);
  }

  /** The file name of the first string constant ending in {@code suffix} in a statement (and the functions it defines). */
  private static Optional<String> fileName(Stmt s, String suffix) {
    List<String> found = new ArrayList<>();
    s.accept(
        new VoidVisitorAdapter<List<String>>() {
          @Override
          public void visit(Constant node, List<String> out) {
            if (node.value() instanceof String text && text.endsWith(suffix)) {
              out.add(Path.of(text).getFileName().toString());
            }
          }
        },
        found);
    return found.stream().findFirst();
  }
}
