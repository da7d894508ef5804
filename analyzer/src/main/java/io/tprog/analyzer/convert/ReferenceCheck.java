package io.tprog.analyzer.convert;

import io.tprog.analyzer.program.ProgramModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reference-format program in CPython (it needs pandas and numpy there) on given inputs and compares its
 * predictions with the converted program's.
 */
public final class ReferenceCheck {
  /** Imports the reference by path from its own folder (it reads its weights relative to it); prints one line per input. */
  private static final String RUNNER = String.join("\n",
      "import importlib.util, json, os, sys",
      "path, inputs_file = sys.argv[1], sys.argv[2]",
      "os.chdir(os.path.dirname(os.path.abspath(path)))",
      "import pandas, numpy",
      "source = open(path).read()",
      "cut = source.find('\\nexamples = ')",
      "namespace = {'__name__': 'tprog_reference'}",
      "exec(compile(source if cut < 0 else source[:cut], path, 'exec'), namespace)",
      "for tokens in json.load(open(inputs_file)):",
      "    print(json.dumps([str(p) for p in namespace['run'](tokens)]))",
      "");

  private ReferenceCheck() {}

  /** How the comparison went: whether it ran, why not, how many inputs differed and the first of them. */
  public record Outcome(boolean compared, String whyNot, int differences, List<String> firstDifference) {}

  /** How many positions the weights file scores (its {@code positions} rows), at least 2. */
  public static int knownPositions(ProgramModel model) {
    return Math.max(2, model.weightsFile().map(w -> w.rows("positions").size()).orElse(2));
  }

  /** {@code count} random inputs: {@code <s>} then 1 to {@code maxLength - 1} tokens of the program's vocabulary. */
  public static List<List<String>> randomInputs(ProgramModel model, int count, int maxLength, long seed) {
    List<String> symbols = new ArrayList<>(model.weightsFile().map(w -> w.rows("tokens").keySet()).orElseThrow());
    symbols.removeIf(s -> s.equals("<s>") || s.equals("<pad>") || s.equals("</s>"));
    symbols.sort(null);
    if (symbols.isEmpty()) {
      throw new Converter.ConversionException("the weights file lists no tokens to build inputs from");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int length = 1 + random.nextInt(maxLength - 1);
      List<String> tokens = new ArrayList<>();
      tokens.add("<s>");
      for (int t = 0; t < length; t++) {
        tokens.add(symbols.get(random.nextInt(symbols.size())));
      }
      inputs.add(tokens);
    }
    return inputs;
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
        p = new ProcessBuilder(python, "-c", RUNNER, reference.toAbsolutePath().toString(), file.toString()).start();
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
