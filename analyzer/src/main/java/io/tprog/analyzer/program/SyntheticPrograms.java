package io.tprog.analyzer.program;

import io.tprog.format.ComponentNames;
import io.tprog.format.ProgramHelpers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Programs of any size in the project's format, with random (seeded) reads, predicates, tables and weights: the
 * workload of {@code tprog bench analyze}, which measures how analysis time grows with the number of layers.
 * They have the shape of trained programs, not their meaning; like trained programs they carry the helper functions
 * ({@link ProgramHelpers}), so they also run.
 */
public final class SyntheticPrograms {
  /** The helpers every program defines, as trained programs carry them: selection and scoring. */
  private static final List<String> HELPERS =
      Stream.concat(ProgramHelpers.SELECTION.stream(), ProgramHelpers.SCORING.stream()).toList();

  private SyntheticPrograms() {}

  /** The configuration of a synthetic program (per layer counts, as in model.md). */
  public record Shape(
      int layers, int categoricalHeads, int numericalHeads, int categoricalMlps, int numericalMlps, int symbols, int maxLength) {

    /** The paper's sort configuration (targets.md): 8 heads and 4 MLPs per layer, split evenly. */
    public static Shape sortLike(int layers) {
      return new Shape(layers, 4, 4, 2, 2, 5, 8);
    }
  }

  /** A generated program: its source and its weights file's text. */
  public record Program(String name, String source, String weights) {

    /** Writes {@code <name>.py} and {@code <name>_weights.csv} into a folder and returns the program's path. */
    public Path writeTo(Path folder) throws IOException {
      Files.createDirectories(folder);
      Path program = folder.resolve(name + ".py");
      ProgramFiles.write(program, source.getBytes(StandardCharsets.UTF_8));
      ProgramFiles.write(folder.resolve(ComponentNames.weightsFile(name)), weights.getBytes(StandardCharsets.UTF_8));
      return program;
    }
  }

  /** One variable of the generated program: its name and the Python literals of its values. */
  private record Variable(String name, List<String> values) {}

  public static Program generate(String name, Shape shape, long seed) {
    Random random = new Random(seed);
    List<String> tokens = new ArrayList<>(List.of("\"<s>\"", "\"</s>\""));
    for (int s = 0; s < shape.symbols(); s++) {
      tokens.add("\"" + s + "\"");
    }
    List<String> positions = new ArrayList<>();
    for (int p = 0; p < shape.maxLength(); p++) {
      positions.add(Integer.toString(p));
    }
    List<String> mlpOutputs = new ArrayList<>();
    for (int v = 0; v < shape.maxLength(); v++) {
      mlpOutputs.add(Integer.toString(v));
    }
    List<String> counts = new ArrayList<>();
    for (int c = 0; c <= shape.maxLength(); c++) {
      counts.add(Integer.toString(c));
    }
    List<Variable> categorical = new ArrayList<>(List.of(new Variable("tokens", tokens), new Variable("positions", positions)));
    List<Variable> numerical = new ArrayList<>(List.of(new Variable("ones", List.of("1"))));
    StringBuilder body = new StringBuilder();
    for (int layer = 0; layer < shape.layers(); layer++) {
      List<Variable> newCategorical = new ArrayList<>();
      List<Variable> newNumerical = new ArrayList<>();
      for (int h = 0; h < shape.categoricalHeads(); h++) {
        Variable q = pick(categorical, random);
        Variable k = pick(categorical, random);
        Variable v = pick(categorical, random);
        String head = ComponentNames.head(layer, h);
        head(body, head, q, k, "select_closest", "aggregate", v.name(), random);
        newCategorical.add(new Variable(ComponentNames.outputs(head), v.values()));
      }
      for (int h = 0; h < shape.numericalHeads(); h++) {
        Variable q = pick(categorical, random);
        Variable k = pick(categorical, random);
        String head = ComponentNames.numericalHead(layer, h);
        head(body, head, q, k, "select", "aggregate_sum", "ones", random);
        newNumerical.add(new Variable(ComponentNames.outputs(head), counts));
      }
      // MLPs read the stream after this layer's heads.
      categorical.addAll(newCategorical);
      numerical.addAll(newNumerical);
      List<Variable> mlpVariables = new ArrayList<>();
      for (int m = 0; m < shape.categoricalMlps(); m++) {
        mlp(body, ComponentNames.mlp(layer, m), pick(categorical, random), pick(categorical, random), mlpOutputs, random);
        mlpVariables.add(new Variable(ComponentNames.outputs(ComponentNames.mlp(layer, m)), mlpOutputs));
      }
      for (int m = 0; m < shape.numericalMlps(); m++) {
        mlp(body, ComponentNames.numericalMlp(layer, m), pick(numerical, random), pick(numerical, random), mlpOutputs, random);
        mlpVariables.add(new Variable(ComponentNames.outputs(ComponentNames.numericalMlp(layer, m)), mlpOutputs));
      }
      categorical.addAll(mlpVariables);
    }
    List<String> classes = tokens.subList(2, tokens.size()).stream().map(t -> t.substring(1, t.length() - 1)).toList();
    StringBuilder source = new StringBuilder();
    source.append("# Synthetic Transformer Program for the analyzer benchmark: ").append(shape.layers()).append(" layers\n");
    source.append("# tprog-format: 1\n");
    source.append("from __future__ import print_function, division, absolute_import\n\nimport csv\nimport os\n\n");
    source.append("CLASSES = [").append(String.join(", ", classes.stream().map(c -> "\"" + c + "\"").toList())).append("]\n\n\n");
    source.append(ProgramHelpers.text(HELPERS)).append("\n\n\n");
    source.append("WEIGHTS = load_weights(os.path.join(os.path.dirname(os.path.abspath(__file__)), \"")
        .append(ComponentNames.weightsFile(name)).append("\"))\n\n\n");
    source.append("def run(tokens):\n    positions = list(range(len(tokens)))\n    ones = [1] * len(tokens)\n");
    source.append(body);
    source.append("\n    return classify(WEIGHTS, [\n");
    List<Variable> features = new ArrayList<>(categorical);
    features.addAll(numerical);
    for (Variable f : features) {
      source.append("        (\"").append(f.name()).append("\", ").append(f.name()).append("),\n");
    }
    source.append("    ])\n");
    return new Program(name, source.toString(), weights(classes, categorical, numerical, random));
  }

  private static Variable pick(List<Variable> variables, Random random) {
    return variables.get(random.nextInt(variables.size()));
  }

  /**
   * A head: its predicate of {@code q} against {@code k}, its pattern ({@code select} of keys, queries, predicate) and
   * its outputs ({@code aggregate} of the pattern and {@code values}).
   */
  private static void head(StringBuilder out, String head, Variable q, Variable k, String select, String aggregate, String values, Random random) {
    String predicate = ComponentNames.predicate(head);
    predicate(out, head, predicate, q, k, random);
    out.append("    ").append(ComponentNames.pattern(head)).append(" = ").append(select).append('(').append(k.name()).append(", ")
        .append(q.name()).append(", ").append(predicate).append(")\n");
    out.append("    ").append(ComponentNames.outputs(head)).append(" = ").append(aggregate).append('(').append(ComponentNames.pattern(head))
        .append(", ").append(values).append(")\n");
  }

  private static String argument(Variable v) {
    return v.name().endsWith("s") ? v.name().substring(0, v.name().length() - 1) : v.name();
  }

  private static void predicate(StringBuilder out, String head, String function, Variable q, Variable k, Random random) {
    String qa = "q_" + argument(q);
    String ka = "k_" + argument(k);
    Map<String, List<String>> byKey = new TreeMap<>();
    for (String qv : q.values()) {
      byKey.computeIfAbsent(k.values().get(random.nextInt(k.values().size())), x -> new ArrayList<>()).add(qv);
    }
    out.append("\n    # ").append(head).append(": query ").append(q.name()).append(", key ").append(k.name()).append('\n');
    out.append("    def ").append(function).append('(').append(qa).append(", ").append(ka).append("):\n");
    String keyword = "if";
    for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
      out.append("        ").append(keyword).append(' ').append(qa).append(" in {").append(String.join(", ", e.getValue()))
          .append("}:\n            return ").append(ka).append(" == ").append(e.getKey()).append('\n');
      keyword = "elif";
    }
    out.append("        return False\n\n");
  }

  private static void mlp(StringBuilder out, String name, Variable a, Variable b, List<String> outputs, Random random) {
    String aa = argument(a) + "_a";
    String ba = argument(b) + "_b";
    Map<String, List<String>> rows = new LinkedHashMap<>();
    outputs.forEach(o -> rows.put(o, new ArrayList<>()));
    for (String av : a.values()) {
      for (String bv : b.values()) {
        rows.get(outputs.get(random.nextInt(outputs.size()))).add("(" + av + ", " + bv + ")");
      }
    }
    String fallback = rows.entrySet().stream().max((x, y) -> Integer.compare(x.getValue().size(), y.getValue().size())).orElseThrow().getKey();
    out.append("\n    # ").append(name).append(": inputs ").append(a.name()).append(", ").append(b.name()).append('\n');
    out.append("    def ").append(name).append('(').append(aa).append(", ").append(ba).append("):\n");
    out.append("        key = (").append(aa).append(", ").append(ba).append(")\n");
    String keyword = "if";
    for (Map.Entry<String, List<String>> e : rows.entrySet()) {
      if (!e.getKey().equals(fallback) && !e.getValue().isEmpty()) {
        out.append("        ").append(keyword).append(" key in {").append(String.join(", ", e.getValue())).append("}:\n");
        out.append("            return ").append(e.getKey()).append('\n');
        keyword = "elif";
      }
    }
    out.append("        return ").append(fallback).append('\n');
    out.append("    ").append(ComponentNames.outputs(name)).append(" = [").append(name).append("(a, b) for a, b in zip(").append(a.name())
        .append(", ").append(b.name()).append(")]\n");
  }

  private static String weights(List<String> classes, List<Variable> categorical, List<Variable> numerical, Random random) {
    StringBuilder out = new StringBuilder("feature,value,").append(String.join(",", classes)).append('\n');
    for (Variable v : categorical) {
      for (String value : v.values()) {
        row(out, v.name(), value.replace("\"", ""), classes.size(), random);
      }
    }
    for (Variable v : numerical) {
      row(out, v.name(), "_", classes.size(), random);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String feature, String value, int classes, Random random) {
    out.append(feature).append(',').append(value);
    for (int c = 0; c < classes; c++) {
      out.append(',').append(String.format(Locale.ROOT, "%.4f", random.nextGaussian()));
    }
    out.append('\n');
  }
}
