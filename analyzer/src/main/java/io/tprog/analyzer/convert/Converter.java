package io.tprog.analyzer.convert;

import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.ProgramFiles;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.Weights;
import io.tprog.format.ComponentNames;
import io.tprog.format.ProgramHelpers;
import io.tprog.grammar.ParseResult;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Return;
import io.tprog.grammar.ast.Stmt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Converts one reference-format program (see the package documentation). */
public final class Converter {
  /** Names the reference scoring assigns inside {@code run}, besides every {@code *_scores}. */
  private static final Set<String> SCORING = Set.of("classifier_weights", "feature_logits", "logits", "classes", "predictions");

  private Converter() {}

  /** A converted program: its source and its weights file's text. */
  public record Converted(String source, String weights, int keptLines, int removedLines) {}

  /**
   * Converts {@code reference}; its weights file must sit beside it.
   *
   * @throws ConversionException when the file is not a readable reference-format program
   */
  public static Converted convert(Path reference) {
    ProgramReadResult read = ProgramReader.read(reference);
    ProgramModel model = read.model();
    if (model.format() != ProgramFormat.REFERENCE) {
      throw new ConversionException(reference + " is already in this project's format; there is nothing to convert");
    }
    Weights weights = model.weightsFile().orElseThrow(() -> new ConversionException(reference + ": its weights file could not be read, so the classes are unknown"));
    String source;
    try {
      source = Files.readString(reference, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + reference, e);
    }
    ParseResult parsed = PythonParser.parse(source, reference.toString());
    var module = parsed.module().orElseThrow(() -> new ConversionException(reference + " does not parse"));
    List<String> lines = source.lines().toList();
    StringBuilder out = new StringBuilder();
    String name = ComponentNames.programName(reference.getFileName().toString());
    out.append("# Transformer Program converted by tprog from the reference-format ").append(reference.getFileName()).append(":\n");
    out.append("# its helpers, predicates and tables as written; the pandas scoring replaced by classify().\n");
    out.append("# tprog-format: 1\n");
    out.append("from __future__ import print_function, division, absolute_import\n\nimport csv\nimport os\n\n");
    out.append("CLASSES = [").append(weights.classes().stream().map(Converter::quote).collect(Collectors.joining(", "))).append("]\n\n\n");
    int kept = 0;
    int removed = 0;
    FunctionDef run = null;
    for (Stmt s : module.body()) {
      if (s instanceof FunctionDef f && f.name().equals("run")) {
        run = f;
      } else if (s instanceof FunctionDef f && !ProgramHelpers.SCORING.contains(f.name())) {
        out.append(text(lines, s)).append("\n\n\n");
        kept += s.range().endLine() - s.range().line() + 1;
      } else {
        removed += s.range().endLine() - s.range().line() + 1;
      }
    }
    if (run == null) {
      throw new ConversionException(reference + " defines no function run(tokens)");
    }
    out.append(ProgramHelpers.text(ProgramHelpers.SCORING)).append("\n\n\n");
    out.append("WEIGHTS = load_weights(os.path.join(os.path.dirname(os.path.abspath(__file__)), ")
        .append(quote(ComponentNames.weightsFile(name))).append("))\n\n\n");
    boolean[] drop = new boolean[lines.size() + 2];
    String indent = null;
    for (Stmt s : run.body()) {
      if (scoring(s)) {
        for (int l = s.range().line(); l <= s.range().endLine(); l++) {
          drop[l] = true;
        }
        removed += s.range().endLine() - s.range().line() + 1;
      } else if (indent == null) {
        indent = lines.get(s.range().line() - 1).replaceAll("^(\\s*).*$", "$1");
      }
    }
    boolean blank = false;
    for (int l = run.range().line(); l <= run.range().endLine(); l++) {
      if (drop[l]) {
        continue;
      }
      String line = lines.get(l - 1);
      if (line.isBlank() && blank) {
        continue;
      }
      blank = line.isBlank();
      out.append(line).append('\n');
      kept++;
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> features = new ArrayList<>();
    for (ClassifierFeature f : model.features()) {
      if (seen.add(f.feature())) {
        features.add("(" + quote(f.feature()) + ", " + f.variable() + ")");
      }
    }
    String pad = indent == null ? "    " : indent;
    out.append(pad).append("return classify(WEIGHTS, [").append(String.join(", ", features)).append("])\n");
    return new Converted(out.toString(), weightsText(weights), kept, removed);
  }

  /** Writes {@code <name>.py} and {@code <name>_weights.csv} into {@code out}, each through a temporary file. */
  public static Path write(Path reference, Converted converted, Path out) throws IOException {
    Files.createDirectories(out);
    String name = ComponentNames.programName(reference.getFileName().toString());
    Path program = out.resolve(name + ".py");
    ProgramFiles.write(out.resolve(ComponentNames.weightsFile(name)), converted.weights().getBytes(StandardCharsets.UTF_8));
    ProgramFiles.write(program, converted.source().getBytes(StandardCharsets.UTF_8));
    return program;
  }


  private static boolean scoring(Stmt s) {
    if (s instanceof Return) {
      return true;
    }
    if (s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n) {
      return n.id().endsWith("_scores") || SCORING.contains(n.id());
    }
    return false;
  }

  private static String text(List<String> lines, Stmt s) {
    return String.join("\n", lines.subList(s.range().line() - 1, s.range().endLine()));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String weightsText(Weights weights) {
    StringBuilder csv = new StringBuilder("feature,value");
    weights.classes().forEach(c -> csv.append(',').append(c));
    csv.append('\n');
    for (String feature : weights.features()) {
      weights.rows(feature).forEach((value, row) -> {
        csv.append(feature).append(',').append(value);
        row.weights().forEach(w -> csv.append(',').append(repr(w)));
        csv.append('\n');
      });
    }
    return csv.toString();
  }

  /** A double as the shortest text that reads back to it (Java's Double.toString round-trips). */
  private static String repr(double w) {
    return Double.toString(w);
  }

  /** Why a file could not be converted. */
  public static final class ConversionException extends RuntimeException {
    public ConversionException(String message) {
      super(message);
    }
  }
}
