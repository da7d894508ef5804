package io.tprog.analyzer.ablation;

import io.tprog.analyzer.analysis.Finding;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.prune.ModelInterpreter;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.format.sandbox.JythonSandbox;
import io.tprog.format.sandbox.SandboxedProgram;
import io.tprog.format.ComponentNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ablates components of one program over a dataset. The rewritten source runs under the original file's name, so it
 * finds its weights beside it and nothing is written to disk.
 */
public final class Ablator {
  private final Path program;
  private final String source;
  private final ProgramModel model;
  private final StaticReport staticReport;

  public Ablator(Path program) {
    this.program = program;
    try {
      this.source = Files.readString(program);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + program, e);
    }
    ProgramReadResult read = ProgramReader.read(program);
    this.model = read.model();
    this.staticReport = StaticAnalyzer.analyze(read);
  }

  public ProgramModel model() {
    return model;
  }

  /** The program's source, as read once when this ablator was made. */
  public String source() {
    return source;
  }

  private List<Example> baselineExamples;
  private Evaluation baseline;

  /** The program as written (remembered for the last list of examples, which searches over classes ask for again). */
  public Evaluation baseline(List<Example> examples) {
    if (examples != baselineExamples) {
      baseline = evaluate(List.of(), examples);
      baselineExamples = examples;
    }
    return baseline;
  }

  /** The program with every component of {@code components} ablated at once. */
  public Evaluation evaluate(Collection<String> components, List<Example> examples) {
    for (String c : components) {
      if (ComponentDefaults.expression(model, c).isEmpty()) {
        throw new RewriteException(program + " has no component " + c + " that can be ablated");
      }
    }
    SandboxedProgram p = switchable();
    p.setStrings(SWITCH, components);
    return new Evaluator(p).evaluate(examples);
  }

  /** The module global naming the components the switchable rewrite replaces by their defaults. */
  static final String SWITCH = "tprog_ablated";

  private SandboxedProgram switchable;

  /**
   * The program compiled once with every component switchable: after each output's assignment, on the same line,
   * {@code x_outputs = <default> if "x" in tprog_ablated else x_outputs}. Jython compiles a large program in seconds,
   * so ablating each component with its own rewrite would pay that once per component.
   */
  private SandboxedProgram switchable() {
    if (switchable == null) {
      ProgramSource rewritten = new ProgramSource(program, source);
      for (String c : ComponentDefaults.ablatable(model)) {
        String output = ComponentDefaults.outputOf(model, c);
        rewritten.assignAfter(
            output, ComponentDefaults.expression(model, c).orElseThrow() + " if \"" + c + "\" in " + SWITCH + " else " + output);
      }
      switchable = JythonSandbox.shared().load(program, rewritten.text());
    }
    return switchable;
  }

  private Optional<ModelInterpreter> interpreter;

  /**
   * The predictions of the program with {@code components} ablated, as the program writes them, for each example:
   * worked out by the plain-Java {@link ModelInterpreter} when it follows the program and agrees with
   * {@code baseline} (the program's own predictions, run in Jython) on every position, else run in Jython. Searches
   * that try many sets of components use this; their answers are checked in Jython with {@link #evaluate}.
   */
  public List<List<String>> predictions(Collection<String> components, List<Example> examples, Evaluation baseline) {
    if (interpreter == null) {
      interpreter = ModelInterpreter.of(program, source, model).filter(i -> interpret(i, List.of(), examples).equals(baseline.predictions()));
    }
    return interpreter.isPresent() ? interpret(interpreter.get(), components, examples) : evaluate(components, examples).predictions();
  }

  /** Whether {@link #predictions} works them out in Java (after its first call); false before. */
  public boolean interpreted() {
    return interpreter != null && interpreter.isPresent();
  }

  /** The interpreter's classes, with the boundary tokens answering with themselves as the program's last line does. */
  private List<List<String>> interpret(ModelInterpreter i, Collection<String> components, List<Example> examples) {
    Set<String> ablated = Set.copyOf(components);
    List<String> classes = model.weightsFile().orElseThrow().classes();
    List<List<String>> out = new ArrayList<>(examples.size());
    for (Example e : examples) {
      int[] chosen = i.classify(e.tokens(), ablated);
      List<String> labels = new ArrayList<>(chosen.length);
      for (int p = 0; p < chosen.length; p++) {
        String token = e.tokens().get(p);
        labels.add(BOUNDARIES.contains(token) ? token : classes.get(chosen[p]));
      }
      out.add(labels);
    }
    return out;
  }

  private static final Set<String> BOUNDARIES = Set.of("<s>", "</s>");

  /** The source with {@code components} replaced by their defaults. */
  public String ablatedSource(Collection<String> components) {
    ProgramSource rewritten = new ProgramSource(program, source);
    for (String c : components) {
      String expression =
          ComponentDefaults.expression(model, c).orElseThrow(() -> new RewriteException(program + " has no component " + c + " that can be ablated"));
      rewritten.assignAfter(ComponentDefaults.outputOf(model, c), expression);
    }
    return rewritten.text();
  }

  /** Ablates each of {@code components} (every ablatable one when empty) on its own. */
  public AblationReport ablate(List<String> components, List<Example> examples) {
    return ablate(components, examples, io.tprog.analyzer.run.Progress.NONE);
  }

  /** {@link #ablate(List, List)}, telling {@code progress} after the baseline and each component. */
  public AblationReport ablate(List<String> components, List<Example> examples, io.tprog.analyzer.run.Progress progress) {
    List<String> names = components.isEmpty() ? ComponentDefaults.ablatable(model) : components;
    Set<String> dead = deadComponents();
    progress.at("ablating", 0, names.size() + 1);
    Evaluation base = baseline(examples);
    progress.at("ablating", 1, names.size() + 1);
    List<AblationRow> rows = new ArrayList<>();
    for (String c : names) {
      Evaluation e = evaluate(List.of(c), examples);
      progress.at("ablating", rows.size() + 2, names.size() + 1);
      int changed = e.changedPredictions(base);
      boolean isDead = dead.contains(c);
      rows.add(
          new AblationRow(
              c,
              ComponentNames.parse(c).map(ComponentNames.Parsed::layer).orElse(-1),
              e.positionAccuracy(),
              e.sequenceAccuracy(),
              e.positionAccuracy() - base.positionAccuracy(),
              changed,
              staticReport.classifierCircuit() != null && staticReport.classifierCircuit().contains(c),
              isDead,
              isDead && changed > 0));
    }
    return new AblationReport(program.toString(), examples.size(), base.positionAccuracy(), base.sequenceAccuracy(), rows);
  }

  /** Components whose output variable static analysis calls dead. */
  private Set<String> deadComponents() {
    Map<String, String> owners = model.variableOwners();
    return staticReport.deadCode().stream()
        .filter(f -> f.kind() == Finding.Kind.DEAD)
        .map(f -> owners.getOrDefault(f.component(), f.component()))
        .collect(Collectors.toSet());
  }
}
