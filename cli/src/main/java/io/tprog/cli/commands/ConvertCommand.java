package io.tprog.cli.commands;

import io.tprog.analyzer.convert.Converter;
import io.tprog.analyzer.convert.ReferenceCheck;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.format.sandbox.Programs;
import io.tprog.cli.UserError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog convert}: a reference-format program into this project's format, checked on inputs. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a reference-format program (the paper's released style, pandas scoring) into this project's format: "
          + "its helpers, predicates and tables are kept as written, the scoring becomes classify(); the program and "
          + "its weights go into --out.",
      "The converted program is run in the sandbox on the reference's own examples and random inputs over the "
          + "program's vocabulary (for an NLP program, the words of its embeddings table), and compared with the "
          + "reference evaluated in plain Java and, when --python can import pandas, run by CPython; any difference is "
          + "an error and writes nothing.",
      "An NLP program's enum members (Emb0.V04) become the integers of this format, its pandas embedding lookup this "
          + "format's <name>_embeddings.csv and lookup (unknown words read <unk>'s row), and a pooled classifier answers "
          + "its class at position 0 and <pad> elsewhere."
    })
public final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "REFERENCE.py", description = "The reference-format program (its weights file beside it).")
  Path reference;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the converted program and its weights.")
  Path out;

  @Option(names = "--inputs", paramLabel = "N", defaultValue = "200", description = "Random inputs to compare on (default: ${DEFAULT-VALUE}).")
  int inputs;

  @Option(names = "--max-length", paramLabel = "N", description = "Longest random input, <s> included (default: the positions its weights file knows).")
  Integer maxLength;

  @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "The CPython that runs the reference (default: ${DEFAULT-VALUE}).")
  String python;

  @Spec CommandSpec spec;

  private void differ(ReferenceCheck.Outcome check, List<List<String>> sample, String how) {
    if (check.differences() > 0) {
      throw new UserError("the converted program differs from " + reference + " " + how + " on " + check.differences()
          + " of " + sample.size() + " inputs, first on " + String.join(" ", check.firstDifference()) + "; nothing was written", 3);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (inputs < 1 || (maxLength != null && maxLength < 2)) {
      throw new UserError("--inputs must be 1 or more and --max-length 2 or more", 2);
    }
    if (out.toAbsolutePath().normalize().equals(reference.toAbsolutePath().normalize().getParent())) {
      throw new UserError("--out " + out + " is the reference's own folder; converting would overwrite " + reference, 2);
    }
    Converter.Converted converted;
    try {
      converted = Converter.convert(reference);
    } catch (Converter.ConversionException e) {
      throw new UserError(e.getMessage(), 2);
    }
    Path staging = Files.createTempDirectory("tprog-convert");
    try {
      Path program = Converter.write(reference, converted, staging);
      var model = ProgramReader.read(reference).model();
      int longest = maxLength != null ? maxLength : ReferenceCheck.knownPositions(model);
      List<List<String>> examples = ReferenceCheck.examples(reference);
      List<List<String>> sample = new ArrayList<>(examples);
      sample.addAll(ReferenceCheck.randomInputs(model, inputs, longest, 1));
      String what = (examples.isEmpty() ? "" : "its " + examples.size() + " examples and ") + inputs + " random inputs";
      List<List<String>> ours = Programs.load(program).predictAll(sample);
      ReferenceCheck.Outcome java = ReferenceCheck.compareInJava(model, sample, ours);
      differ(java, sample, "evaluated in Java");
      ReferenceCheck.Outcome check = ReferenceCheck.compare(python, reference, sample, ours);
      differ(check, sample, "run by " + python);
      Path written = Converter.write(reference, converted, out);
      PrintWriter o = spec.commandLine().getOut();
      o.printf(Locale.ROOT, "%s -> %s (%d lines kept, %d scoring lines replaced)%n", reference, written, converted.keptLines(), converted.removedLines());
      o.println(java.compared()
          ? "same predictions as the reference evaluated in Java on " + what
          : "not compared with the reference evaluated in Java: " + java.whyNot());
      o.println(check.compared()
          ? "same predictions as the reference run by " + python + " on " + what
          : "ran on " + what + "; not compared with the reference run by " + python + ": " + check.whyNot());
      o.flush();
      return 0;
    } finally {
      try (var files = Files.list(staging)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(staging);
    }
  }
}
