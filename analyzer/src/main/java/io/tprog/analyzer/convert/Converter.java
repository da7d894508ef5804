package io.tprog.analyzer.convert;

import io.tprog.analyzer.program.ClassifierFeature;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.EmbeddingsTable;
import io.tprog.analyzer.program.ProgramFiles;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.Weights;
import io.tprog.format.ComponentNames;
import io.tprog.format.EmbeddingsText;
import io.tprog.format.ProgramHelpers;
import io.tprog.format.WeightsText;
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
  private static final Set<String> SCORING =
      Set.of("classifier_weights", "feature_logits", "logits", "classes", "predictions", "token_predictions", "pooled", "prediction");

  /** Names the reference's pandas embedding lookup assigns inside {@code run}, replaced by this format's lookup. */
  private static final Set<String> EMBEDDING_FRAMES = Set.of("embed_df", "embeddings");

  /** This format's embeddings table reader and word key (docs/program-format-nlp.md); words arrive as prepared. */
  private static final List<String> WORD_HELPERS = List.of("load_embeddings", "word_key");

  private Converter() {}

  /**
   * A converted program: its source, its weights file's text and, for an NLP program, its embeddings table's text
   * (null otherwise).
   */
  public record Converted(String source, String weights, String embeddings, int keptLines, int removedLines) {}

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
    List<Embedding> words = model.embeddings().stream().filter(e -> e.kind() == Embedding.Kind.WORD).toList();
    EmbeddingsTable table = null;
    if (!words.isEmpty()) {
      table = model.embeddingsFile().orElseThrow(() -> new ConversionException(
          reference + ": its embeddings table (" + ComponentNames.embeddingsFile(name) + " beside it) could not be read"));
      for (Embedding e : words) {
        if (!table.variables().contains(e.name())) {
          throw new ConversionException(reference + ": its embeddings table " + table.file() + " has no column " + e.name());
        }
      }
      out.append(ProgramHelpers.text(WORD_HELPERS)).append("\n\n\n");
    }
    out.append(ProgramHelpers.text(ProgramHelpers.SCORING)).append("\n\n\n");
    out.append("WEIGHTS = load_weights(os.path.join(os.path.dirname(os.path.abspath(__file__)), ")
        .append(quote(ComponentNames.weightsFile(name))).append("))\n");
    if (table != null) {
      out.append("EMBEDDINGS = load_embeddings(os.path.join(os.path.dirname(os.path.abspath(__file__)), ")
          .append(quote(ComponentNames.embeddingsFile(name))).append("))\n");
    }
    out.append("\n\n");
    Set<String> features = new LinkedHashSet<>();
    for (ClassifierFeature f : model.features()) {
      features.add("(" + quote(f.feature()) + ", " + f.variable() + ")");
    }
    boolean pooled = run.body().stream().anyMatch(s -> assigns(s, "pooled"));
    boolean[] drop = new boolean[lines.size() + 2];
    java.util.Map<Integer, String> replace = new java.util.HashMap<>();
    String indent = null;
    boolean afterClassifier = false;
    boolean lookupWritten = false;
    for (Stmt s : run.body()) {
      String pad = lines.get(s.range().line() - 1).replaceAll("^(\\s*).*$", "$1");
      indent = indent == null ? pad : indent;
      boolean classifier = s.range().line() <= model.classifierLine() && model.classifierLine() <= s.range().endLine();
      boolean wordLookup = words.stream().anyMatch(e -> assigns(s, e.name()));
      boolean dropped = classifier || scoring(s) || (table != null && (wordLookup || EMBEDDING_FRAMES.stream().anyMatch(n -> assigns(s, n))))
          || (afterClassifier && (s instanceof Return || mentions(s, "return_details")));
      if (classifier) {
        replace.put(s.range().line(), pad + "predictions = classify(WEIGHTS, [" + String.join(", ", features) + "]"
            + (pooled ? ", pooled=\"mean\"" : "") + ")");
        afterClassifier = true;
      } else if (wordLookup && !lookupWritten) {
        // The reference looks each token up in its pandas frame; this format's table, with <unk> for unknown words.
        StringBuilder lookup = new StringBuilder();
        lookup.append(pad).append("# each token's row of the embeddings table; a word the table does not know is <unk>\n");
        lookup.append(pad).append("prepared = [word_key(token) for token in tokens]\n");
        lookup.append(pad).append("words = [word if word in EMBEDDINGS else \"<unk>\" for word in prepared]");
        for (Embedding e : words) {
          lookup.append('\n').append(pad).append(e.name()).append(" = [EMBEDDINGS[word][").append(table.variables().indexOf(e.name()))
              .append("] for word in words]");
        }
        replace.put(s.range().line(), lookup.toString());
        lookupWritten = true;
      }
      if (dropped) {
        for (int l = s.range().line(); l <= s.range().endLine(); l++) {
          drop[l] = true;
        }
        removed += s.range().endLine() - s.range().line() + 1;
      }
    }
    Members members = new Members(words);
    boolean blank = false;
    for (int l = run.range().line(); l <= run.range().endLine(); l++) {
      if (replace.containsKey(l)) {
        out.append(replace.get(l)).append('\n');
        blank = false;
      }
      if (drop[l]) {
        continue;
      }
      String line = members.toIntegers(lines.get(l - 1));
      if (line.isBlank() && blank) {
        continue;
      }
      blank = line.isBlank();
      out.append(line).append('\n');
      kept++;
    }
    out.append(indent == null ? "    " : indent).append("return predictions\n");
    // The helpers before run may name members too (run's own lines are already converted).
    String text = out.toString();
    int runStart = text.indexOf("\ndef run(");
    String converted = members.toIntegers(text.substring(0, runStart)) + text.substring(runStart);
    return new Converted(converted, weightsText(weights, members), table == null ? null : embeddingsText(table), kept, removed);
  }

  /** Whether a statement assigns {@code name} (alone). */
  private static boolean assigns(Stmt s, String name) {
    return s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n && n.id().equals(name);
  }

  /** Whether a statement mentions {@code name}. */
  private static boolean mentions(Stmt s, String name) {
    boolean[] found = {false};
    s.accept(new io.tprog.grammar.ast.VoidVisitorAdapter<Void>() {
      @Override
      public void visit(Name node, Void arg) {
        found[0] |= node.id().equals(name);
      }
    }, null);
    return found[0];
  }

  /**
   * The enum members a reference program writes a word variable's values as ({@code Emb0.V04}), and the integer of
   * the table each stands for; this format writes the integers (each variable's members are compared only with
   * members of the same enum, so the integers keep every comparison's answer).
   */
  private static final class Members {
    private final java.util.regex.Pattern pattern;

    Members(List<Embedding> words) {
      List<String> alternatives = new ArrayList<>();
      for (Embedding e : words) {
        if (e.memberFormat() != null) {
          java.util.regex.Matcher spec = java.util.regex.Pattern.compile("%0?\\d*d").matcher(e.memberFormat());
          if (spec.find()) {
            String before = e.memberFormat().substring(0, spec.start()).replace("%%", "%");
            String after = e.memberFormat().substring(spec.end()).replace("%%", "%");
            alternatives.add(java.util.regex.Pattern.quote(before) + "(\\d+)" + java.util.regex.Pattern.quote(after));
          }
        }
      }
      this.pattern = alternatives.isEmpty() ? null
          : java.util.regex.Pattern.compile("(?<![\\w.])(?:" + alternatives.stream().map(a -> "(?:" + a + ")").collect(Collectors.joining("|")) + ")(?![\\w.])");
    }

    /** {@code text} with every member written as its integer. */
    String toIntegers(String text) {
      if (pattern == null) {
        return text;
      }
      java.util.regex.Matcher m = pattern.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String digits = null;
        for (int g = 1; g <= m.groupCount() && digits == null; g++) {
          digits = m.group(g);
        }
        m.appendReplacement(out, Integer.toString(Integer.parseInt(digits)));
      }
      m.appendTail(out);
      return out.toString();
    }
  }

  /**
   * Writes {@code <name>.py}, {@code <name>_weights.csv} and, for an NLP program, {@code <name>_embeddings.csv} into
   * {@code out}, each through a temporary file, the program last.
   */
  public static Path write(Path reference, Converted converted, Path out) throws IOException {
    Files.createDirectories(out);
    String name = ComponentNames.programName(reference.getFileName().toString());
    Path program = out.resolve(name + ".py");
    ProgramFiles.write(out.resolve(ComponentNames.weightsFile(name)), converted.weights().getBytes(StandardCharsets.UTF_8));
    if (converted.embeddings() != null) {
      ProgramFiles.write(out.resolve(ComponentNames.embeddingsFile(name)), converted.embeddings().getBytes(StandardCharsets.UTF_8));
    }
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

  /** This format's embeddings table: {@code word,emb_0,...}, each word as {@code word_key} writes it. */
  private static String embeddingsText(EmbeddingsTable table) {
    EmbeddingsText text = new EmbeddingsText(table.variables().size());
    table.words().forEach(text::row);
    return text.text();
  }

  /** This format's weights file: the reference's rows, each value as {@code run} now compares it. */
  private static String weightsText(Weights weights, Members members) {
    WeightsText csv = new WeightsText(weights.classes());
    for (String feature : weights.features()) {
      weights.rows(feature).forEach((value, row) ->
          csv.row(feature, members.toIntegers(value), row.weights().stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return csv.text();
  }

  /** Why a file could not be converted. */
  public static final class ConversionException extends RuntimeException {
    public ConversionException(String message) {
      super(message);
    }
  }
}
