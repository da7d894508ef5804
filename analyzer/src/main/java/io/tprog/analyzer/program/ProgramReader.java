package io.tprog.analyzer.program;

import io.tprog.grammar.ParseResult;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.Arg;
import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.ExprStmt;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.Module;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Return;
import io.tprog.grammar.ast.Stmt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a program's components from its AST (program-format.md, both formats). Each statement of {@code run} is
 * matched against the shapes a component is written in; a statement that is not part of a component becomes an
 * {@link ExtraStatement} for def-use, and a component part that does not fit its shape becomes a problem with its
 * line while the rest of the program is still read. Statements after the classifier cannot reach it and are skipped.
 * This class holds what both formats share (the header, CLASSES, run and its statements, the embeddings, the
 * dataflow of other statements, the weights and embeddings files); heads and MLPs are read by
 * {@link ComponentReading}, our format's {@code classify} by {@link TprogFormat}, and the paper's reference format
 * (pandas, enum members, {@code *_scores} and {@code pd.concat}) by {@link ReferenceFormat}; all report into one
 * {@link ProblemSink}.
 */
public final class ProgramReader {
  private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z][\\w -]*?)\\s*:\\s*(.*)");

  private ProgramReader() {}

  /**
   * Reads a program and the weights file beside it.
   *
   * @throws ProgramFileException when the program file itself cannot be read
   */
  public static ProgramReadResult read(Path program) {
    String source = ProgramFiles.read(program, "program", f -> Files.readString(f, StandardCharsets.UTF_8), ProgramFileException::new);
    Path directory = program.toAbsolutePath().getParent();
    String stem = program.getFileName().toString().replaceFirst("\\.py$", "");
    return new Recognizer(source, program.toString(), directory, stem).read();
  }

  /**
   * Reads a program given as text; its weights file is looked for in {@code weightsDirectory} (not at all when null).
   */
  public static ProgramReadResult read(String source, String sourceName, Path weightsDirectory) {
    String stem = Path.of(sourceName).getFileName().toString().replaceFirst("\\.py$", "");
    return new Recognizer(source, sourceName, weightsDirectory, stem).read();
  }

  /** The state of reading one program. */
  private static final class Recognizer {
    final String source;
    final String file;
    final Path weightsDirectory;
    final String stem;
    final ProblemSink problems;
    final ComponentReading components;
    final ReferenceFormat reference;
    final List<Embedding> embeddings = new ArrayList<>();
    final List<ClassifierFeature> features = new ArrayList<>();
    final List<ExtraStatement> extras = new ArrayList<>();
    final Map<String, Integer> assigned = new HashMap<>();
    final Set<String> runLocals = new HashSet<>();
    /** Every name run binds anywhere (its locals, comprehension variables, nested functions' arguments). */
    final Set<String> runBound = new HashSet<>();
    /** The first module-level assignment of each name. */
    final Map<String, Assign> moduleAssignments = new HashMap<>();
    /** Module-level names that statements of run read. */
    final Set<String> moduleReads = new java.util.LinkedHashSet<>();
    List<String> classes = List.of();
    ProgramFormat format = ProgramFormat.TPROG;
    int classifierLine;
    boolean classifierSeen;

    Recognizer(String source, String file, Path weightsDirectory, String stem) {
      this.source = source;
      this.file = file;
      this.weightsDirectory = weightsDirectory;
      this.stem = stem;
      this.problems = new ProblemSink(file);
      this.components = new ComponentReading(problems);
      this.reference = new ReferenceFormat(problems);
    }

    void problem(int line, int column, String message) {
      problems.at(line, column, message);
    }

    void problem(Expr where, String message) {
      problems.at(where, message);
    }

    void problem(Stmt where, String message) {
      problems.at(where, message);
    }

    ProgramReadResult read() {
      ParseResult parsed = PythonParser.parse(source, file);
      parsed.problems().forEach(p -> problem(p.line(), p.column(), p.message()));
      Weights weights = null;
      EmbeddingsTable table = null;
      Optional<Module> module = parsed.module();
      if (module.isPresent()) {
        recognise(module.get());
        if (weightsDirectory != null) {
          FilesBeside files = new FilesBeside(module.get(), weightsDirectory, stem, problems);
          weights = files.weights();
          table = embeddings.stream().anyMatch(e -> e.kind() == Embedding.Kind.WORD) ? files.embeddingsTable() : null;
        }
      }
      ProgramModel model =
          new ProgramModel(
              file, format, header(), classes, embeddings, components.heads, components.mlps, features, classifierLine, extras, weights, table);
      return new ProgramReadResult(model, problems.all(), module.isPresent());
    }

    /** {@code # key: value} lines of the leading comment block; {@code expect} lines belong to fixtures. */
    TreeMap<String, String> header() {
      TreeMap<String, String> header = new TreeMap<>();
      for (String line : source.split("\\R")) {
        String l = line.strip();
        if (l.isEmpty()) {
          continue;
        }
        if (!l.startsWith("#")) {
          break;
        }
        Matcher m = HEADER.matcher(l);
        if (m.matches() && !m.group(1).equals("expect")) {
          header.putIfAbsent(m.group(1), m.group(2).strip());
        }
      }
      return header;
    }

    void recognise(Module module) {
      FunctionDef run = null;
      for (Stmt s : module.body()) {
        if (s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n) {
          moduleAssignments.putIfAbsent(n.id(), a);
        }
      }
      for (Stmt s : module.body()) {
        if (s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n
            && n.id().equals("CLASSES")) {
          Optional<List<Value>> values = Literals.values(a.value());
          if (values.isPresent()) {
            classes = values.get().stream().map(Value::text).toList();
          } else {
            problem(a, "CLASSES must be a list of string literals");
          }
        } else if (s instanceof FunctionDef f && f.name().equals("run")) {
          run = f;
        } else if (ReferenceFormat.importsPandas(s)) {
          format = ProgramFormat.REFERENCE;
        }
      }
      if (run == null) {
        problem(1, 1, "the program has no function run(tokens), so it has no components to analyse");
        return;
      }
      List<Arg> params = run.args().args();
      if (params.isEmpty()) {
        problem(run, "run must take the token list as its argument: def run(tokens)");
      } else {
        embeddings.add(new Embedding(params.get(0).arg(), Embedding.Kind.TOKENS, run.range().line()));
        assigned.put(params.get(0).arg(), run.range().line());
      }
      params.forEach(p -> runLocals.add(p.arg()));
      for (Stmt s : run.body()) {
        if (s instanceof Assign a) {
          for (Expr t : a.targets()) {
            if (t instanceof Name n) {
              runLocals.add(n.id());
            }
          }
        }
      }
      runBound.addAll(runLocals);
      run.accept(new io.tprog.grammar.ast.VoidVisitorAdapter<Set<String>>() {
        @Override
        public void visit(Name node, Set<String> bound) {
          if (node.ctx() != io.tprog.grammar.ast.ExprContext.Load) {
            bound.add(node.id());
          }
        }

        @Override
        public void visit(Arg node, Set<String> bound) {
          bound.add(node.arg());
        }
      }, runBound);
      for (Stmt s : run.body()) {
        if (classifierSeen) {
          break;
        }
        statement(s);
      }
      moduleTables();
      if (!classifierSeen) {
        problem(run, "run never scores its features with classify(WEIGHTS, [...]) (or pd.concat of *_scores), so no variable reaches a prediction");
      }
    }

    void statement(Stmt s) {
      if (s instanceof FunctionDef f) {
        components.function(f);
      } else if (s instanceof ExprStmt e && e.value() instanceof Constant) {
        return;
      } else if (s instanceof Return r) {
        if (TprogFormat.isClassify(r.value())) {
          classifier(r.value().range().line(), TprogFormat.features((Call) r.value(), problems));
        } else {
          problem(s, "run must return classify(WEIGHTS, [...]) or the predictions it computed from it");
          classifierSeen = true;
        }
      } else if (s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n) {
        assignment(a, n.id());
      } else {
        extras.add(new ExtraStatement(null, reads(s, null), s.range().line()));
      }
    }

    void assignment(Assign a, String target) {
      int line = a.range().line();
      if (assigned.containsKey(target)) {
        problem(a, target + " is assigned again (first at line " + assigned.get(target) + "); a program assigns each variable once, so the first assignment is kept");
        return;
      }
      assigned.put(target, line);
      Expr value = a.value();
      if (TprogFormat.isClassify(value)) {
        classifier(value.range().line(), TprogFormat.features((Call) value, problems));
      } else if (target.equals("positions")) {
        embeddings.add(new Embedding(target, Embedding.Kind.POSITIONS, line));
      } else if (target.equals("ones")) {
        embeddings.add(new Embedding(target, Embedding.Kind.ONES, line));
      } else if (target.endsWith("_embeddings")) {
        embeddings.add(new Embedding(target, Embedding.Kind.WORD, line, reads(a, target), ReferenceFormat.memberFormat(value)));
      } else if (components.assignment(a, target)) {
        return;
      } else if (format == ProgramFormat.REFERENCE && reference.classifierPart(a, target)) {
        return;
      } else if (format == ProgramFormat.REFERENCE && ReferenceFormat.isConcat(value)) {
        classifier(value.range().line(), reference.concat((Call) value));
      } else {
        extras.add(new ExtraStatement(target, reads(a, target), line));
      }
    }

    /**
     * The variables a statement of run reads: run's own, and module-level names that run does not bind itself (a
     * table built at load time, such as an embeddings table), which {@link #moduleTables} then adds to the dataflow.
     */
    List<String> reads(Stmt s, String target) {
      List<String> out = new ArrayList<>();
      for (String n : Names.in(s)) {
        if (n.equals(target) || out.contains(n)) {
          continue;
        }
        if (runLocals.contains(n)) {
          out.add(n);
        } else if (!runBound.contains(n) && moduleAssignments.containsKey(n)) {
          out.add(n);
          moduleReads.add(n);
        }
      }
      return out;
    }

    /**
     * Every module-level assignment that run reads, directly or through other module-level assignments, as a
     * statement of the dataflow reading the module-level names it mentions (in module order, before run).
     */
    void moduleTables() {
      java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(moduleReads);
      Set<String> done = new HashSet<>();
      List<Assign> found = new ArrayList<>();
      while (!pending.isEmpty()) {
        String name = pending.pop();
        if (!done.add(name)) {
          continue;
        }
        Assign a = moduleAssignments.get(name);
        found.add(a);
        for (String n : Names.in(a.value())) {
          if (moduleAssignments.containsKey(n) && !n.equals(name)) {
            pending.add(n);
          }
        }
      }
      found.sort(java.util.Comparator.comparingInt(a -> a.range().line()));
      for (Assign a : found) {
        String name = ((Name) a.targets().get(0)).id();
        List<String> reads = Names.in(a.value()).stream()
            .filter(n -> moduleAssignments.containsKey(n) && !n.equals(name)).distinct().toList();
        extras.add(new ExtraStatement(name, reads, a.range().line()));
      }
    }

    /** Run scores its features here (either format's classifier): statements after it cannot reach a prediction. */
    void classifier(int line, List<ClassifierFeature> found) {
      classifierSeen = true;
      classifierLine = line;
      features.addAll(found);
    }
  }
}
