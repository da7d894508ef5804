package io.tprog.learner.program;

import io.tprog.format.ComponentNames;
import io.tprog.format.EmbeddingsText;
import io.tprog.format.ProgramHelpers;
import io.tprog.format.WeightsText;
import io.tprog.learner.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a program as {@code <name>.py} and {@code <name>_weights.csv} in the shape of program-format.md: header
 * comments, helpers, one block per module in model order, the classifier call, and a main block. The text depends only
 * on the program and the options, so emitting twice gives identical files. Only values some input can reach are
 * written (predicate branches, MLP rows, weight rows).
 */
public final class PythonEmitter {
  /** Lines longer than this are wrapped inside their braces. */
  private static final int WIDTH = 110;

  /** The helpers every program defines: selection and scoring. */
  private static final List<String> RUN_HELPERS =
      Stream.concat(ProgramHelpers.SELECTION.stream(), ProgramHelpers.SCORING.stream()).toList();

  private final Program program;
  private final ProgramEvaluator evaluator;

  public PythonEmitter(Program program) {
    this.program = program;
    this.evaluator = new ProgramEvaluator(program);
  }

  /** The two files an emission writes into a folder. */
  public record EmittedFiles(Path program, Path weights) {}

  /** Writes both files into {@code folder} (created if missing), each through a temporary file and a rename. */
  public EmittedFiles emit(Path folder, EmitOptions options) throws IOException {
    Files.createDirectories(folder);
    Path programFile = folder.resolve(options.name() + ".py");
    Path weightsFile = folder.resolve(ComponentNames.weightsFile(options.name()));
    AtomicFiles.write(weightsFile, weightsCsv());
    if (program.embeddings().isPresent()) {
      AtomicFiles.write(folder.resolve(ComponentNames.embeddingsFile(options.name())), embeddingsCsv());
    }
    AtomicFiles.write(programFile, programText(options));
    return new EmittedFiles(programFile, weightsFile);
  }

  /**
   * The embeddings file's text: header {@code word,emb_0,...}, then one row per vocabulary word, in vocabulary order,
   * the word as {@link ProgramHelpers#wordKey} writes it.
   */
  public String embeddingsCsv() {
    WordEmbeddings embeddings = program.embeddings().orElseThrow();
    EmbeddingsText text = new EmbeddingsText(embeddings.variables());
    for (int w = 0; w < program.vocabulary().size(); w++) {
      text.row(program.vocabulary().get(w), embeddings.values()[w]);
    }
    return text.text();
  }

  /** The weights file's text, written by {@link WeightsText}. */
  public String weightsCsv() {
    WeightsText out = new WeightsText(program.classes());
    for (String variable : program.classifier().featureNames()) {
      String feature = outputsName(variable);
      int first = program.featureRow(variable);
      if (program.isNumerical(variable)) {
        out.row(feature, "_", weights(first));
      } else {
        Domain domain = program.domain(variable);
        BitSet slots = program.reachableSlots(variable);
        for (int slot = slots.nextSetBit(0); slot >= 0; slot = slots.nextSetBit(slot + 1)) {
          out.row(feature, domain.text(slot), weights(first + slot));
        }
      }
    }
    return out.text();
  }

  /** The classifier's weights of one row, one per class. */
  private double[] weights(int row) {
    double[] weights = new double[program.classes().size()];
    for (int c = 0; c < weights.length; c++) {
      weights[c] = program.classifier().weight(row, c);
    }
    return weights;
  }

  /** The program's Python text. */
  public String programText(EmitOptions options) {
    ProgramConfig config = program.config();
    StringBuilder out = new StringBuilder();
    out.append("# Transformer Program for the task ").append(config.task()).append(", emitted by tprog.\n");
    out.append(String.format(Locale.ROOT,
        "# configuration: layers %d; per layer: categorical heads %d, numerical heads %d, categorical MLPs %d,"
            + " numerical MLPs %d\n# variable size %d, max length %d, causal %s, pooled %s\n",
        config.shape().layers(), config.shape().catHeads(), config.shape().numHeads(), config.shape().catMlps(), config.shape().numMlps(), config.shape().varSize(),
        config.shape().maxLength(), python(config.causal()), python(config.pooled())));
    out.append("# test accuracy: ").append(percent(options.testAccuracy())).append('\n');
    out.append("# model agreement: ").append(percent(options.modelAgreement())).append('\n');
    out.append("# tprog-format: 1\n");
    out.append("from __future__ import print_function, division, absolute_import\n\n");
    out.append("import csv\nimport os\n\n");
    out.append(wrap("CLASSES = [", program.classes().stream().map(PythonLiterals::string).toList(), "]", 0)).append('\n');
    out.append("\n\n").append(ProgramHelpers.text(RUN_HELPERS)).append("\n\n\n");
    Optional<WordEmbeddings> embeddings = program.embeddings();
    if (embeddings.isPresent()) {
      out.append(ProgramHelpers.text(ProgramHelpers.WORDS)).append("\n\n\n");
    }
    out.append("WEIGHTS = load_weights(os.path.join(os.path.dirname(os.path.abspath(__file__)), ")
        .append(PythonLiterals.string(ComponentNames.weightsFile(options.name()))).append("))\n");
    if (embeddings.isPresent()) {
      out.append("EMBEDDINGS = load_embeddings(os.path.join(os.path.dirname(os.path.abspath(__file__)), ")
          .append(PythonLiterals.string(ComponentNames.embeddingsFile(options.name()))).append("))\n");
    }
    out.append("\n\n");
    out.append("def run(tokens):\n");
    out.append("    positions = list(range(len(tokens)))\n");
    out.append("    ones = [1] * len(tokens)\n");
    if (embeddings.isPresent()) {
      String prepared = embeddings.get().replaceDigits() ? "word_key(replace_digits(token))" : "word_key(token)";
      out.append("    # each word as training prepared it")
          .append(embeddings.get().replaceDigits() ? " (digit runs to @)" : "")
          .append(", then its embedding values; unknown words are <unk>\n");
      // Two names: a program assigns each variable once.
      out.append("    prepared = [").append(prepared).append(" for token in tokens]\n");
      out.append("    words = [word if word in EMBEDDINGS else ").append(PythonLiterals.string(WordEmbeddings.UNKNOWN))
          .append(" for word in prepared]\n");
      for (int v = 0; v < embeddings.get().variables(); v++) {
        out.append("    ").append(ComponentNames.wordVariable(v)).append(" = [EMBEDDINGS[word][").append(v)
            .append("] for word in words]\n");
      }
    }
    for (int layer = 0; layer < config.shape().layers(); layer++) {
      for (CatHead head : program.catHeads()) {
        if (head.layer() == layer) {
          headBlock(out, head.name(), head.query(), head.key(), head.value(), head.predicate(), false);
        }
      }
      for (NumHead head : program.numHeads()) {
        if (head.layer() == layer) {
          headBlock(out, head.name(), head.query(), head.key(), head.value(), head.predicate(), true);
        }
      }
      for (CatMlp mlp : program.catMlps()) {
        if (mlp.layer() == layer) {
          mlpBlock(out, mlp.name(), mlp.inputA(), mlp.inputB(), catMlpRows(mlp));
        }
      }
      for (NumMlp mlp : program.numMlps()) {
        if (mlp.layer() == layer) {
          mlpBlock(out, mlp.name(), mlp.inputA(), mlp.inputB(), numMlpRows(mlp));
        }
      }
    }
    classifierBlock(out);
    mainBlock(out, options);
    return out.toString();
  }

  private static String python(boolean value) {
    return value ? "True" : "False";
  }

  private static String percent(Double fraction) {
    return fraction == null ? "not measured" : String.format(Locale.ROOT, "%.2f%%", 100.0 * fraction);
  }

  /** The list variable {@code run} holds a variable in. */
  private static String outputsName(String variable) {
    return ComponentNames.listOf(variable);
  }

  /** The argument name for one value of a variable. */
  private static String argumentName(String variable) {
    return ComponentNames.argument(ComponentNames.listOf(variable));
  }

  private String literal(String variable, int slot) {
    return program.domain(variable).literal(slot);
  }

  private void headBlock(
      StringBuilder out, String name, String query, String key, String value, int[] predicate, boolean numerical) {
    String function = ComponentNames.predicate(name);
    String q = "q_" + argumentName(query);
    String k = "k_" + argumentName(key);
    out.append("\n    # ").append(name).append(": query ").append(outputsName(query)).append(", key ")
        .append(outputsName(key)).append(", value ").append(outputsName(value)).append('\n');
    out.append("    def ").append(function).append('(').append(q).append(", ").append(k).append("):\n");
    BitSet queries = program.reachableSlots(query);
    BitSet keys = program.reachableSlots(key);
    Map<Integer, List<String>> byKey = new TreeMap<>();
    for (int slot = queries.nextSetBit(0); slot >= 0; slot = queries.nextSetBit(slot + 1)) {
      int wanted = predicate[slot];
      if (wanted >= 0 && keys.get(wanted)) {
        byKey.computeIfAbsent(wanted, w -> new ArrayList<>()).add(literal(query, slot));
      }
    }
    String keyword = "if";
    for (Map.Entry<Integer, List<String>> group : byKey.entrySet()) {
      out.append(wrap("        " + keyword + " " + q + " in {", group.getValue(), "}:", 8)).append('\n');
      out.append("            return ").append(k).append(" == ").append(literal(key, group.getKey())).append('\n');
      keyword = "elif";
    }
    out.append("        return False\n");
    String causal = program.config().causal() ? ", causal=True" : "";
    String pattern = ComponentNames.pattern(name);
    out.append("    ").append(pattern).append(" = ").append(numerical ? "select" : "select_closest").append('(')
        .append(outputsName(key)).append(", ").append(outputsName(query)).append(", ").append(function).append(causal)
        .append(")\n");
    out.append("    ").append(outputsName(name)).append(" = ").append(numerical ? "aggregate_sum" : "aggregate")
        .append('(').append(pattern).append(", ").append(outputsName(value)).append(")\n");
  }

  /**
   * output slot -> input tuples (as Python literals) over every reachable input pair, in input order; an MLP reading
   * one variable twice only gets equal pairs.
   */
  private TreeMap<Integer, List<String>> catMlpRows(CatMlp mlp) {
    TreeMap<Integer, List<String>> rows = new TreeMap<>();
    BitSet as = program.reachableSlots(mlp.inputA());
    BitSet bs = program.reachableSlots(mlp.inputB());
    for (int a = as.nextSetBit(0); a >= 0; a = as.nextSetBit(a + 1)) {
      for (int b = bs.nextSetBit(0); b >= 0; b = bs.nextSetBit(b + 1)) {
        if (a != b && Program.sameInput(mlp.inputA(), mlp.inputB())) {
          continue;
        }
        rows.computeIfAbsent(mlp.output(a, b), o -> new ArrayList<>())
            .add("(" + literal(mlp.inputA(), a) + ", " + literal(mlp.inputB(), b) + ")");
      }
    }
    return rows;
  }

  private TreeMap<Integer, List<String>> numMlpRows(NumMlp mlp) {
    TreeMap<Integer, List<String>> rows = new TreeMap<>();
    NumericRange as = program.range(mlp.inputA());
    NumericRange bs = program.range(mlp.inputB());
    for (int a = as.min(); a <= as.max(); a++) {
      for (int b = bs.min(); b <= bs.max(); b++) {
        if (a != b && Program.sameInput(mlp.inputA(), mlp.inputB())) {
          continue;
        }
        rows.computeIfAbsent(mlp.output(a, b), o -> new ArrayList<>()).add("(" + a + ", " + b + ")");
      }
    }
    return rows;
  }

  private void mlpBlock(StringBuilder out, String name, String inputA, String inputB, TreeMap<Integer, List<String>> rows) {
    String a = argumentName(inputA);
    String b = argumentName(inputB);
    if (a.equals(b)) {
      a = a + "_a";
      b = b + "_b";
    }
    int fallback = rows.firstKey();
    for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
      if (row.getValue().size() > rows.get(fallback).size()) {
        fallback = row.getKey();
      }
    }
    out.append("\n    # ").append(name).append(": inputs ").append(outputsName(inputA)).append(", ")
        .append(outputsName(inputB)).append('\n');
    out.append("    def ").append(name).append('(').append(a).append(", ").append(b).append("):\n");
    out.append("        key = (").append(a).append(", ").append(b).append(")\n");
    String keyword = "if";
    for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
      if (row.getKey() != fallback) {
        out.append(wrap("        " + keyword + " key in {", row.getValue(), "}:", 8)).append('\n');
        out.append("            return ").append(row.getKey()).append('\n');
        keyword = "elif";
      }
    }
    out.append("        return ").append(fallback).append('\n');
    out.append("    ").append(outputsName(name)).append(" = [").append(name).append("(a, b) for a, b in zip(")
        .append(outputsName(inputA)).append(", ").append(outputsName(inputB)).append(")]\n");
  }

  private void classifierBlock(StringBuilder out) {
    List<String> features = program.classifier().featureNames().stream()
        .map(v -> "(\"" + outputsName(v) + "\", " + outputsName(v) + ")")
        .toList();
    out.append("\n    # classifier: every variable's weight rows, summed per position\n");
    if (program.config().pooled()) {
      out.append(wrap("    return classify(WEIGHTS, [", features, "], pooled=True)", 4)).append('\n');
      return;
    }
    if (!program.marksBoundaries()) {
      out.append(wrap("    return classify(WEIGHTS, [", features, "])", 4)).append('\n');
      return;
    }
    out.append(wrap("    predictions = classify(WEIGHTS, [", features, "])", 4)).append('\n');
    String boundaries = Program.BOUNDARY_TOKENS.stream()
        .filter(t -> program.tokenSlot(t) >= 0)
        .map(PythonLiterals::string)
        .collect(Collectors.joining(", "));
    out.append("    # the boundary tokens answer with themselves, as the paper's programs do\n");
    out.append("    return [token if token in {").append(boundaries)
        .append("} else prediction for token, prediction in zip(tokens, predictions)]\n");
  }

  private void mainBlock(StringBuilder out, EmitOptions options) {
    out.append("\n\nif __name__ == \"__main__\":\n");
    if (options.examples().isEmpty()) {
      out.append("    print(\"This program has no stored examples; call run(tokens).\")\n");
      return;
    }
    out.append("    EXAMPLES = [\n");
    for (ProgramExample example : options.examples()) {
      checkExample(example);
      String tokens = example.tokens().stream().map(PythonLiterals::string).collect(Collectors.joining(", "));
      String expected =
          "[" + example.expected().stream().map(PythonLiterals::string).collect(Collectors.joining(", ")) + "]";
      out.append("        ([").append(tokens).append("], ").append(expected).append("),\n");
    }
    out.append("    ]\n");
    out.append("    for example, expected in EXAMPLES:\n");
    out.append("        print(\"input:    \" + \" \".join(example))\n");
    out.append("        print(\"expected: \" + \" \".join(expected))\n");
    out.append("        print(\"program:  \" + \" \".join(run(example)))\n");
  }

  /**
   * An example the main block could not run, or whose expected labels do not line up, is a caller's mistake (a pooled
   * program's expected labels are its class at position 0 and {@code <pad>} elsewhere, as datasets carry them).
   */
  private void checkExample(ProgramExample example) {
    List<String> predicted = evaluator.predict(example.tokens());
    if (example.expected().size() != predicted.size()) {
      throw new IllegalArgumentException(
          "The example " + example.tokens() + " has " + example.expected().size() + " expected labels; the program gives "
              + predicted.size() + ".");
    }
  }

  /** {@code open + items joined by ", " + close}, broken inside the braces when longer than the line width. */
  private static String wrap(String open, List<String> items, String close, int indent) {
    String joined = String.join(", ", items);
    if (open.length() + joined.length() + close.length() <= WIDTH) {
      return open + joined + close;
    }
    String inner = " ".repeat(indent + 4);
    StringBuilder out = new StringBuilder(open).append('\n');
    StringBuilder line = new StringBuilder(inner);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i + 1 < items.size() ? "," : "");
      if (line.length() > inner.length() && line.length() + 1 + item.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(inner);
      }
      if (line.length() > inner.length()) {
        line.append(' ');
      }
      line.append(item);
    }
    out.append(line).append('\n');
    return out.append(" ".repeat(indent)).append(close.stripLeading()).toString();
  }
}
