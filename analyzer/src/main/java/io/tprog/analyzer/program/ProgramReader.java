package io.tprog.analyzer.program;

import io.tprog.format.ComponentNames;
import io.tprog.grammar.ParseResult;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.Arg;
import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Attribute;
import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.Comprehension;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.ExprStmt;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.Import;
import io.tprog.grammar.ast.ImportFrom;
import io.tprog.grammar.ast.ListComp;
import io.tprog.grammar.ast.ListExpr;
import io.tprog.grammar.ast.Module;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Return;
import io.tprog.grammar.ast.Stmt;
import io.tprog.grammar.ast.Tuple;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * A predicate's chain is read by {@link PredicateReading}, an MLP's table by {@link TableReading}, the reference
 * format's pandas classifier by {@link ReferenceScores}; all report into one {@link ProblemSink}.
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
    String source;
    try {
      source = Files.readString(program, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ProgramFileException("program file " + program + " does not exist");
    } catch (MalformedInputException e) {
      throw new ProgramFileException("program file " + program + " is not UTF-8 text");
    } catch (IOException e) {
      throw new ProgramFileException("program file " + program + " cannot be read: " + e.getMessage());
    }
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
    final ReferenceScores referenceScores;
    final List<Embedding> embeddings = new ArrayList<>();
    final List<Head> heads = new ArrayList<>();
    final List<Mlp> mlps = new ArrayList<>();
    final List<ClassifierFeature> features = new ArrayList<>();
    final List<ExtraStatement> extras = new ArrayList<>();
    final Map<String, FunctionDef> functions = new HashMap<>();
    final Map<String, PatternCall> patterns = new HashMap<>();
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
      this.referenceScores = new ReferenceScores(problems);
    }

    /** The select call of a head's pattern assignment. */
    record PatternCall(String keys, String queries, String predicate, boolean numerical, int line) {}

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
        weights = weights(module.get());
        table = embeddingsTable(module.get());
      }
      ProgramModel model =
          new ProgramModel(
              file, format, header(), classes, embeddings, heads, mlps, features, classifierLine, extras, weights, table);
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

    Weights weights(Module module) {
      if (weightsDirectory == null) {
        return null;
      }
      String name = ComponentNames.weightsFile(stem);
      for (Stmt s : module.body()) {
        Optional<String> named = weightsName(s);
        if (named.isPresent()) {
          name = named.get();
          break;
        }
      }
      try {
        return WeightsReader.read(weightsDirectory.resolve(name));
      } catch (WeightsFileException e) {
        problem(0, 0, e.getMessage());
        return null;
      }
    }

    /** The embeddings table of a program with word embeddings: the file its source names, else {@code <stem>_embeddings.csv}. */
    EmbeddingsTable embeddingsTable(Module module) {
      if (weightsDirectory == null || embeddings.stream().noneMatch(e -> e.kind() == Embedding.Kind.WORD)) {
        return null;
      }
      String name = ComponentNames.embeddingsFile(stem);
      for (Stmt s : module.body()) {
        Optional<String> named = fileName(s, ComponentNames.embeddingsFile(""));
        if (named.isPresent()) {
          name = named.get();
          break;
        }
      }
      try {
        return EmbeddingsTable.read(weightsDirectory.resolve(name));
      } catch (WeightsFileException e) {
        problem(0, 0, e.getMessage());
        return null;
      }
    }

    Optional<String> weightsName(Stmt s) {
      return fileName(s, ComponentNames.weightsFile(""));
    }

    /** The file name of the first string constant ending in {@code suffix} in a statement (and the functions it defines). */
    Optional<String> fileName(Stmt s, String suffix) {
      List<String> found = new ArrayList<>();
      s.accept(
          new io.tprog.grammar.ast.VoidVisitorAdapter<List<String>>() {
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
        } else if (s instanceof Import i && i.names().stream().anyMatch(al -> al.name().equals("pandas"))) {
          format = ProgramFormat.REFERENCE;
        } else if (s instanceof ImportFrom i && "pandas".equals(i.module())) {
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
        functions.put(f.name(), f);
      } else if (s instanceof ExprStmt e && e.value() instanceof Constant) {
        return;
      } else if (s instanceof Return r) {
        if (r.value() instanceof Call c && isCall(c, "classify")) {
          classify(c);
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
      Optional<String> patternOf = ComponentNames.headOfPattern(target);
      Optional<String> outputsOf = ComponentNames.componentOfOutputs(target);
      if (value instanceof Call c && isCall(c, "classify")) {
        classify(c);
      } else if (target.equals("positions")) {
        embeddings.add(new Embedding(target, Embedding.Kind.POSITIONS, line));
      } else if (target.equals("ones")) {
        embeddings.add(new Embedding(target, Embedding.Kind.ONES, line));
      } else if (target.endsWith("_embeddings")) {
        embeddings.add(new Embedding(target, Embedding.Kind.WORD, line, reads(a, target), memberFormat(value)));
      } else if (patternOf.isPresent() && selectCall(a, patternOf.get())) {
        return;
      } else if (outputsOf.filter(ComponentNames::isHead).isPresent() && head(a, outputsOf.get())) {
        return;
      } else if (outputsOf.isPresent() && !ComponentNames.isHead(outputsOf.get()) && mlp(a, outputsOf.get())) {
        return;
      } else if (format == ProgramFormat.REFERENCE && target.equals("classifier_weights")) {
        return;
      } else if (format == ProgramFormat.REFERENCE && target.endsWith("_scores") && referenceScores.scoresFeature(a, target)) {
        return;
      } else if (format == ProgramFormat.REFERENCE && value instanceof Call c && isAttributeCall(c, "pd", "concat")) {
        classifierSeen = true;
        classifierLine = c.range().line();
        features.addAll(referenceScores.concat(c));
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

    /**
     * The enum member a word embedding makes of each integer of its table column, as a format pattern
     * ({@code [Emb0[f"V{i:02}"] for i in ...]} gives {@code Emb0.V%02d}), or null when it is not written so.
     */
    static String memberFormat(Expr value) {
      if (!(value instanceof ListComp lc) || lc.generators().size() != 1 || !(lc.generators().get(0).target() instanceof Name index)
          || !(lc.elt() instanceof io.tprog.grammar.ast.Subscript sub) || !(sub.value() instanceof Name enumClass)
          || !(sub.slice() instanceof io.tprog.grammar.ast.JoinedStr text)) {
        return null;
      }
      StringBuilder format = new StringBuilder(enumClass.id()).append('.');
      for (Expr part : text.values()) {
        if (part instanceof Constant c && c.value() instanceof String literal) {
          format.append(literal.replace("%", "%%"));
        } else if (part instanceof io.tprog.grammar.ast.FormattedValue f && f.value() instanceof Name n
            && n.id().equals(index.id()) && f.conversion() == -1) {
          String spec = "";
          if (f.formatSpec() instanceof io.tprog.grammar.ast.JoinedStr js && js.values().size() == 1
              && js.values().get(0) instanceof Constant sc && sc.value() instanceof String w) {
            spec = w;
          } else if (f.formatSpec() != null) {
            return null;
          }
          if (!spec.matches("0?\\d*")) {
            return null;
          }
          format.append('%').append(spec).append('d');
        } else {
          return null;
        }
      }
      return format.toString();
    }

    static boolean isCall(Call c, String function) {
      return c.func() instanceof Name n && n.id().equals(function);
    }

    static boolean isAttributeCall(Call c, String object, String attribute) {
      return c.func() instanceof Attribute at && at.attr().equals(attribute) && at.value() instanceof Name n
          && n.id().equals(object);
    }

    static Optional<String> name(Expr e) {
      return e instanceof Name n ? Optional.of(n.id()) : Optional.empty();
    }

    /** {@code attn_L_H_pattern = select_closest(keys, queries, predicate_L_H)} (or {@code select}). */
    boolean selectCall(Assign a, String head) {
      if (!(a.value() instanceof Call c) || !(isCall(c, "select_closest") || isCall(c, "select"))
          || c.args().size() != 3 || c.args().stream().anyMatch(x -> !(x instanceof Name))) {
        problem(a.value(), head + "_pattern must be select_closest(keys, queries, predicate) or select(keys, queries, predicate) over variables of run");
        return false;
      }
      patterns.put(
          head,
          new PatternCall(
              name(c.args().get(0)).orElseThrow(),
              name(c.args().get(1)).orElseThrow(),
              name(c.args().get(2)).orElseThrow(),
              isCall(c, "select"),
              a.range().line()));
      return true;
    }

    /** {@code attn_L_H_outputs = aggregate(attn_L_H_pattern, values)} (or {@code aggregate_sum}). */
    boolean head(Assign a, String name) {
      if (!(a.value() instanceof Call c) || !(isCall(c, "aggregate") || isCall(c, "aggregate_sum")) || c.args().size() != 2
          || !(c.args().get(0) instanceof Name p) || !(c.args().get(1) instanceof Name v)) {
        problem(a.value(), name + "_outputs must be aggregate(" + name + "_pattern, values) or aggregate_sum(" + name + "_pattern, values)");
        return false;
      }
      PatternCall call = patterns.get(name);
      if (call == null || !p.id().equals(ComponentNames.pattern(name))) {
        problem(c.args().get(0), name + "_outputs must aggregate " + name + "_pattern, assigned before it by select_closest or select");
        return false;
      }
      boolean numerical = isCall(c, "aggregate_sum");
      ComponentNames.Parsed parsed = ComponentNames.parse(name).orElseThrow();
      if (numerical != call.numerical() || numerical != parsed.numerical()) {
        problem(a.value(), name + " mixes categorical and numerical attention: a categorical head uses select_closest and aggregate, a numerical head (num_attn_L_H) select and aggregate_sum");
      }
      Predicate predicate = predicate(call.predicate(), call.line());
      Head head =
          new Head(
              name,
              parsed.numerical() ? Head.Kind.NUMERICAL : Head.Kind.CATEGORICAL,
              parsed.layer(),
              parsed.index(),
              call.queries(),
              call.keys(),
              v.id(),
              ComponentNames.outputs(name),
              predicate,
              a.range().line());
      if (predicate.queryArgument() != null && !ComponentNames.argumentTakes(predicate.queryArgument(), call.queries())) {
        problem(call.line(), 1, name + " takes queries from " + call.queries() + ", but " + predicate.function() + "'s query argument " + predicate.queryArgument() + " names another variable");
      }
      if (predicate.keyArgument() != null && !ComponentNames.argumentTakes(predicate.keyArgument(), call.keys())) {
        problem(call.line(), 1, name + " takes keys from " + call.keys() + ", but " + predicate.function() + "'s key argument " + predicate.keyArgument() + " names another variable");
      }
      heads.add(head);
      return true;
    }

    Predicate predicate(String function, int line) {
      FunctionDef f = functions.get(function);
      if (f == null) {
        problem(line, 1, "the predicate " + function + " is not defined in run before it is used");
        return new Predicate(function, null, null, List.of(), true, line);
      }
      List<Arg> args = f.args().args();
      if (args.size() != 2) {
        problem(f, "the predicate " + function + " must take two arguments, the query value and the key value");
        return new Predicate(function, null, null, List.of(), true, f.range().line());
      }
      PredicateReading r = new PredicateReading(args.get(0).arg(), args.get(1).arg(), function, problems);
      r.block(f.body());
      return new Predicate(function, args.get(0).arg(), args.get(1).arg(), r.branches, r.opaque, f.range().line());
    }

    /** {@code mlp_L_M_outputs = [mlp_L_M(a, b) for a, b in zip(x, y)]} or {@code list(map(mlp_L_M, x, y))}. */
    boolean mlp(Assign a, String name) {
      Optional<MlpCall> call = mlpCall(a.value());
      if (call.isEmpty()) {
        problem(a.value(), name + "_outputs must apply " + name + " at every position: [" + name + "(a, b) for a, b in zip(x, y)]");
        return false;
      }
      if (!call.get().function().equals(name)) {
        problem(a.value(), name + "_outputs must apply the function " + name + ", not " + call.get().function());
        return false;
      }
      ComponentNames.Parsed parsed = ComponentNames.parse(name).orElseThrow();
      FunctionDef f = functions.get(name);
      List<String> inputs = call.get().inputs();
      if (f == null) {
        problem(a, "the MLP function " + name + " is not defined in run before it is used");
        mlps.add(new Mlp(name, kind(parsed), parsed.layer(), parsed.index(), inputs, List.of(), List.of(), null, 0, ComponentNames.outputs(name), true, a.range().line()));
        return true;
      }
      List<String> arguments = f.args().args().stream().map(Arg::arg).toList();
      if (arguments.size() != inputs.size()) {
        problem(a, name + " takes " + arguments.size() + " arguments but is applied to " + inputs.size() + " variables");
      }
      for (int i = 0; i < Math.min(arguments.size(), inputs.size()); i++) {
        if (!ComponentNames.argumentTakes(arguments.get(i), inputs.get(i))) {
          problem(a, name + "'s argument " + arguments.get(i) + " names another variable than its input " + inputs.get(i));
        }
      }
      TableReading table = new TableReading(name, arguments, problems);
      table.block(f.body());
      if (table.defaultOutput == null && !table.opaque) {
        table.fail(f, name + " must end with 'return <default>'");
      }
      mlps.add(
          new Mlp(
              name,
              kind(parsed),
              parsed.layer(),
              parsed.index(),
              inputs,
              arguments,
              table.rows,
              table.defaultOutput,
              table.defaultLine,
              ComponentNames.outputs(name),
              table.opaque,
              a.range().line()));
      return true;
    }

    static Mlp.Kind kind(ComponentNames.Parsed parsed) {
      return parsed.numerical() ? Mlp.Kind.NUMERICAL : Mlp.Kind.CATEGORICAL;
    }

    /** The function an MLP's outputs apply and the variables it is applied to, in argument order. */
    record MlpCall(String function, List<String> inputs) {}

    static Optional<MlpCall> mlpCall(Expr value) {
      if (value instanceof Call outer && isCall(outer, "list") && outer.args().size() == 1
          && outer.args().get(0) instanceof Call map && isCall(map, "map") && map.args().size() >= 2
          && map.args().stream().allMatch(x -> x instanceof Name)) {
        List<String> names = map.args().stream().map(x -> ((Name) x).id()).toList();
        return Optional.of(new MlpCall(names.get(0), names.subList(1, names.size())));
      }
      if (!(value instanceof ListComp lc) || lc.generators().size() != 1 || !(lc.elt() instanceof Call call)
          || !(call.func() instanceof Name fn)) {
        return Optional.empty();
      }
      Comprehension g = lc.generators().get(0);
      List<String> targets = new ArrayList<>();
      if (g.target() instanceof Name n) {
        targets.add(n.id());
      } else if (g.target() instanceof Tuple t && t.elts().stream().allMatch(x -> x instanceof Name)) {
        t.elts().forEach(x -> targets.add(((Name) x).id()));
      } else {
        return Optional.empty();
      }
      List<String> sources = new ArrayList<>();
      if (g.iter() instanceof Name n && targets.size() == 1) {
        sources.add(n.id());
      } else if (g.iter() instanceof Call zip && isCall(zip, "zip") && zip.args().size() == targets.size()
          && zip.args().stream().allMatch(x -> x instanceof Name)) {
        zip.args().forEach(x -> sources.add(((Name) x).id()));
      } else {
        return Optional.empty();
      }
      List<String> inputs = new ArrayList<>();
      for (Expr arg : call.args()) {
        int i = arg instanceof Name n ? targets.indexOf(n.id()) : -1;
        if (i < 0) {
          return Optional.empty();
        }
        inputs.add(sources.get(i));
      }
      return Optional.of(new MlpCall(fn.id(), inputs));
    }

    /** {@code classify(WEIGHTS, [("tokens", tokens), ...])}. */
    void classify(Call c) {
      classifierSeen = true;
      classifierLine = c.range().line();
      if (c.args().size() < 2 || !(c.args().get(1) instanceof ListExpr list)) {
        problem(c, "classify must be called as classify(WEIGHTS, [(\"feature\", variable), ...])");
        return;
      }
      for (Expr e : list.elts()) {
        if (e instanceof Tuple t && t.elts().size() == 2 && Literals.value(t.elts().get(0)).filter(v -> v.kind() == Value.Kind.STRING).isPresent()
            && t.elts().get(1) instanceof Name n) {
          features.add(new ClassifierFeature(Literals.value(t.elts().get(0)).orElseThrow().text(), n.id(), e.range().line()));
        } else {
          problem(e, "a classifier feature must be written (\"feature\", variable)");
        }
      }
    }

  }
}
