package io.tprog.analyzer.convert;

import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.prune.ModelInterpreter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Compares a converted program's predictions with its reference-format original's: in plain Java
 * ({@link #compareInJava}, always possible for the programs it reads fully) and, when a CPython with pandas and numpy
 * is at hand, by running the original there ({@link #compare}).
 */
public final class ReferenceCheck {
  /** Imports the reference by path from its own folder (it reads its weights relative to it); prints one line per input. */
  private static final String RUNNER = String.join("\n",
      "import importlib.util, json, os, sys",
      "path, inputs_file, folder = sys.argv[1], sys.argv[2], sys.argv[3]",
      "os.chdir(folder)",
      "sys.path[:0] = [os.path.dirname(os.path.abspath(path)), folder]",
      "import pandas, numpy",
      "source = open(path).read()",
      "cut = source.find('\\nexamples = ')",
      "namespace = {'__name__': 'tprog_reference'}",
      "exec(compile(source if cut < 0 else source[:cut], path, 'exec'), namespace)",
      "for tokens in json.load(open(inputs_file)):",
      "    result = namespace['run'](tokens)",
      "    # a pooled program's one label answers at position 0, <pad> elsewhere",
      "    labels = [result] + ['<pad>'] * (len(tokens) - 1) if isinstance(result, str) else list(result)",
      "    print(json.dumps([str(p) for p in labels]))",
      "");

  private ReferenceCheck() {}

  /** How the comparison went: whether it ran, why not, how many inputs differed and the first of them. */
  public record Outcome(boolean compared, String whyNot, int differences, List<String> firstDifference) {}

  /** How many positions the weights file scores (its {@code positions} rows), at least 2. */
  public static int knownPositions(ProgramModel model) {
    return Math.max(2, model.weightsFile().map(w -> w.rows("positions").size()).orElse(2));
  }

  /**
   * {@code count} random inputs: {@code <s>} then 1 to {@code maxLength - 1} tokens of the program's vocabulary (its
   * weights file's tokens); for an NLP program, {@code <s>}, words of its embeddings table and {@code </s>}, at most
   * {@code maxLength} in all.
   */
  public static List<List<String>> randomInputs(ProgramModel model, int count, int maxLength, long seed) {
    boolean words = model.embeddings().stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD);
    List<String> symbols = new ArrayList<>(words
        ? model.embeddingsFile().map(t -> t.words().keySet()).orElse(java.util.Set.of())
        : model.weightsFile().map(w -> w.rows("tokens").keySet()).orElseThrow());
    symbols.removeIf(s -> s.equals("<s>") || s.equals("<pad>") || s.equals("</s>"));
    symbols.sort(null);
    if (symbols.isEmpty()) {
      throw new Converter.ConversionException(words
          ? "the embeddings table lists no words to build inputs from"
          : "the weights file lists no tokens to build inputs from");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> inputs = new ArrayList<>();
    int longest = words ? Math.max(1, maxLength - 2) : maxLength - 1;
    for (int i = 0; i < count; i++) {
      int length = 1 + random.nextInt(longest);
      List<String> tokens = new ArrayList<>();
      tokens.add("<s>");
      for (int t = 0; t < length; t++) {
        tokens.add(symbols.get(random.nextInt(symbols.size())));
      }
      if (words) {
        tokens.add("</s>");
      }
      inputs.add(tokens);
    }
    return inputs;
  }

  /**
   * The inputs of the reference's own {@code examples} list (module level: each a list of token strings, or a pair
   * whose first item is one), in order; empty when it has none.
   */
  public static List<List<String>> examples(Path reference) throws IOException {
    var module = io.tprog.grammar.PythonParser.parse(Files.readString(reference, StandardCharsets.UTF_8), reference.toString()).module();
    List<List<String>> out = new ArrayList<>();
    if (module.isEmpty()) {
      return out;
    }
    for (var s : module.get().body()) {
      if (s instanceof io.tprog.grammar.ast.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof io.tprog.grammar.ast.Name n
          && n.id().equals("examples") && a.value() instanceof io.tprog.grammar.ast.ListExpr list) {
        for (var e : list.elts()) {
          var tokens = e instanceof io.tprog.grammar.ast.Tuple t && !t.elts().isEmpty() ? t.elts().get(0) : e;
          strings(tokens).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static java.util.Optional<List<String>> strings(io.tprog.grammar.ast.Expr e) {
    if (!(e instanceof io.tprog.grammar.ast.ListExpr list)) {
      return java.util.Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (var x : list.elts()) {
      if (!(x instanceof io.tprog.grammar.ast.Constant c) || !(c.value() instanceof String text)) {
        return java.util.Optional.empty();
      }
      out.add(text);
    }
    return java.util.Optional.of(out);
  }

  /**
   * Compares with the reference evaluated in plain Java ({@link ModelInterpreter#forReference}: its components,
   * tables and weights as read, the paper's selection and scoring), which needs no pandas; not comparing (a program
   * the interpreter cannot follow) is not an error.
   */
  public static Outcome compareInJava(ProgramModel reference, List<List<String>> inputs, List<List<String>> converted) {
    var interpreter = ModelInterpreter.forReference(reference, sourceText(reference));
    if (interpreter.isEmpty()) {
      return new Outcome(false, "the plain-Java evaluation follows only programs with the paper's select_closest,"
          + " categorical heads and predicates and tables it read", 0, List.of());
    }
    boolean pooled = reference.source() != null && pooled(reference);
    List<String> classes = interpreter.get().classes();
    int differences = 0;
    List<String> first = List.of();
    for (int i = 0; i < inputs.size(); i++) {
      List<String> tokens = inputs.get(i);
      List<String> expected = new ArrayList<>();
      if (pooled) {
        expected.add(classes.get(interpreter.get().classifyPooled(tokens)));
        while (expected.size() < tokens.size()) {
          expected.add("<pad>");
        }
      } else {
        for (int c : interpreter.get().classify(tokens, java.util.Set.of())) {
          expected.add(classes.get(c));
        }
        // The paper's tagging programs answer the boundary tokens with themselves.
        if (!tokens.isEmpty() && tokens.get(0).equals("<s>") && boundaries(reference)) {
          expected.set(0, "<s>");
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("</s>") && boundaries(reference)) {
          expected.set(tokens.size() - 1, "</s>");
        }
      }
      if (!expected.equals(converted.get(i))) {
        differences++;
        first = first.isEmpty() ? tokens : first;
      }
    }
    return new Outcome(true, "", differences, first);
  }

  /** Whether a reference program pools its positions' scores into one label ({@code pooled = logits.mean(0)}). */
  private static boolean pooled(ProgramModel model) {
    return model.extras().stream().anyMatch(x -> "pooled".equals(x.defines())) || sourceText(model).contains("pooled = ");
  }

  /** Whether a reference program answers {@code <s>} and {@code </s>} with themselves. */
  private static boolean boundaries(ProgramModel model) {
    return sourceText(model).contains("predictions[0] = \"<s>\"");
  }

  private static String sourceText(ProgramModel model) {
    try {
      return Files.readString(Path.of(model.source()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Runs the reference with {@code python} and compares; not comparing (no python, no pandas) is not an error. */
  public static Outcome compare(String python, Path reference, List<List<String>> inputs, List<List<String>> converted)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile("tprog-reference-inputs", ".json");
    try {
      StringBuilder json = new StringBuilder("[");
      for (int i = 0; i < inputs.size(); i++) {
        json.append(i == 0 ? "" : ",").append('[');
        for (int t = 0; t < inputs.get(i).size(); t++) {
          json.append(t == 0 ? "" : ",").append('"').append(inputs.get(i).get(t).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        json.append(']');
      }
      Files.writeString(file, json.append(']').toString(), StandardCharsets.UTF_8);
      Process p;
      try {
        p = new ProcessBuilder(python, "-c", RUNNER, reference.toAbsolutePath().toString(), file.toString(),
            workingFolder(reference).toString()).start();
      } catch (IOException e) {
        return new Outcome(false, python + " cannot be run", 0, List.of());
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Outcome(false, python + " did not finish", 0, List.of());
      }
      if (p.exitValue() != 0) {
        if (err.contains("No module named 'pandas'") || err.contains("No module named 'numpy'")) {
          return new Outcome(false, python + " has no pandas/numpy to run the reference", 0, List.of());
        }
        throw new Converter.ConversionException(reference + " failed in " + python + ": " + lastLine(err));
      }
      List<String> printed = out.lines().toList();
      int differences = 0;
      List<String> first = List.of();
      for (int i = 0; i < inputs.size(); i++) {
        String expected = i < printed.size() ? printed.get(i) : "";
        if (!expected.equals(asJson(converted.get(i)))) {
          differences++;
          first = first.isEmpty() ? inputs.get(i) : first;
        }
      }
      return new Outcome(true, "", differences, first);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The folder the reference's relative file names are relative to: its own, or the nearest folder above it where
   * every {@code .csv} name it mentions exists (the paper's programs name {@code programs/trec/trec_weights.csv}
   * from the repository's root, and import their enums from there).
   */
  static Path workingFolder(Path reference) throws IOException {
    Path own = reference.toAbsolutePath().getParent();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"\\n]+\\.csv)\"").matcher(Files.readString(reference, StandardCharsets.UTF_8));
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    for (Path folder = own; folder != null; folder = folder.getParent()) {
      Path f = folder;
      if (!names.isEmpty() && names.stream().allMatch(n -> Files.isRegularFile(f.resolve(n)))) {
        return folder;
      }
    }
    return own;
  }

  private static String asJson(List<String> labels) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < labels.size(); i++) {
      s.append(i == 0 ? "" : ", ").append('"').append(labels.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return s.append(']').toString();
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
  }
}
