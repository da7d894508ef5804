package io.tprog.format.sandbox;

import io.tprog.grammar.ParseResult;
import io.tprog.grammar.Problem;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.AnnAssign;
import io.tprog.grammar.ast.AsyncFor;
import io.tprog.grammar.ast.AsyncFunctionDef;
import io.tprog.grammar.ast.AsyncWith;
import io.tprog.grammar.ast.Attribute;
import io.tprog.grammar.ast.Await;
import io.tprog.grammar.ast.ClassDef;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Delete;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.Global;
import io.tprog.grammar.ast.Import;
import io.tprog.grammar.ast.ImportFrom;
import io.tprog.grammar.ast.JoinedStr;
import io.tprog.grammar.ast.Match;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.NamedExpr;
import io.tprog.grammar.ast.Node;
import io.tprog.grammar.ast.Nonlocal;
import io.tprog.grammar.ast.Starred;
import io.tprog.grammar.ast.Try;
import io.tprog.grammar.ast.TryStar;
import io.tprog.grammar.ast.VoidVisitorAdapter;
import io.tprog.grammar.ast.Yield;
import io.tprog.grammar.ast.YieldFrom;
import io.tprog.grammar.ast.Alias;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The allowlist of analysis.md: a program may use the constructs of program-format.md and nothing else. Imports are
 * limited to {@code __future__}, {@code csv} and {@code os}/{@code os.path}; names that evaluate code, reflect or
 * reach the host ({@code eval}, {@code getattr}, {@code __import__}, ...) and dunder names other than
 * {@code __name__} and {@code __file__} are refused; attributes must be in a short list of list, dict, string,
 * {@code os.path} and {@code csv} members, so no dunder, function-internals ({@code func_globals}) or Java member
 * is reachable; {@code open} may appear only in {@code load_weights} and, for a program with word embeddings,
 * {@code load_embeddings} (both read a table beside the program: the sandbox's {@code open} reads only files in the
 * program's folder); classes, try, global and generators are outside the format. The first offending construct is reported with its line and column.
 */
public final class Allowlist {
  private static final Set<String> MODULES = Set.of("csv", "os", "os.path");
  private static final Set<String> REFUSED_NAMES =
      Set.of(
          "eval", "exec", "execfile", "compile", "globals", "locals", "vars", "getattr", "setattr", "delattr",
          "hasattr", "dir", "type", "object", "super", "input", "raw_input", "reload", "file", "memoryview",
          "buffer", "help", "exit", "quit", "breakpoint", "classmethod", "staticmethod", "property", "intern",
          "apply", "java", "javax", "sys");
  private static final Set<String> DUNDER_NAMES = Set.of("__name__", "__file__");
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "get", "items", "keys",
          "values", "setdefault", "update", "copy", "add", "discard", "union", "intersection", "difference",
          "issubset", "issuperset", "split", "strip", "lstrip", "rstrip", "join", "format", "startswith", "endswith",
          "lower", "upper", "replace", "isdigit",
          "close", "read", "readlines");
  private static final Set<String> PATH_MEMBERS = Set.of("join", "dirname", "abspath", "basename", "exists", "isfile", "splitext", "normpath");
  private static final Set<String> CSV_MEMBERS = Set.of("reader");
  /** The helpers that read the program's tables, the only functions that may call {@code open}. */
  private static final Set<String> TABLE_HELPERS = Set.of("load_weights", "load_embeddings");

  private Allowlist() {}

  /** Parses {@code source} and throws {@link SandboxRefusal} at its first construct outside the allowlist. */
  public static void check(Path file, String source) {
    ParseResult parsed = PythonParser.parse(source, file.toString());
    if (!parsed.ok()) {
      Problem p = parsed.problems().get(0);
      throw new SandboxRefusal(file, p.line(), p.column(), file + " line " + p.line() + " column " + p.column() + " is not valid Python: " + p.message());
    }
    parsed.module().orElseThrow().accept(new Walker(file), null);
  }

  private static final class Walker extends VoidVisitorAdapter<Void> {
    private final Path file;
    private final Deque<String> functions = new ArrayDeque<>();

    Walker(Path file) {
      this.file = file;
    }

    private SandboxRefusal refuse(Node node, String construct, String why) {
      // Range columns are 0-based; people and CPython's SyntaxError count from 1.
      return new SandboxRefusal(file, node.range().line(), node.range().column() + 1, construct, why);
    }

    @Override
    public void visit(Import node, Void arg) {
      for (Alias a : node.names()) {
        if (a.asname() != null) {
          throw refuse(node, "import " + a.name() + " as " + a.asname(), "modules keep their own names");
        }
        if (!MODULES.contains(a.name())) {
          throw refuse(node, "import " + a.name(), "only __future__, csv and os.path may be imported");
        }
      }
    }

    @Override
    public void visit(ImportFrom node, Void arg) {
      if (node.level() != 0 || !"__future__".equals(node.module())) {
        String from = ".".repeat(node.level()) + (node.module() == null ? "" : node.module());
        throw refuse(node, "from " + from + " import", "only __future__, csv and os.path may be imported");
      }
    }

    @Override
    public void visit(Name node, Void arg) {
      String id = node.id();
      if (REFUSED_NAMES.contains(id)) {
        throw refuse(node, "the name " + id, "it can run code or reach outside the program");
      }
      if (id.startsWith("__") && id.endsWith("__") && !DUNDER_NAMES.contains(id)) {
        throw refuse(node, "the name " + id, "dunder names other than __name__ and __file__ reach interpreter internals");
      }
      if (id.equals("os") || id.equals("csv")) {
        throw refuse(node, "the module " + id + " used as a value", "only its allowed members may be used");
      }
      if (id.equals("open") && functions.stream().noneMatch(TABLE_HELPERS::contains)) {
        throw refuse(node, "open", "only load_weights and load_embeddings may open a file, to read the program's tables");
      }
    }

    @Override
    public void visit(Attribute node, Void arg) {
      String module = moduleReceiver(node.value());
      if (module != null) {
        Set<String> members = module.equals("csv") ? CSV_MEMBERS : module.equals("os.path") ? PATH_MEMBERS : Set.of();
        if (!members.contains(node.attr())) {
          throw refuse(node, "the attribute ." + node.attr(), "of the modules only os.path's path functions and csv.reader may be used");
        }
        return;
      }
      if (!ATTRIBUTES.contains(node.attr())) {
        throw refuse(node, "the attribute ." + node.attr(), "programs may use only list, dict, string, os.path and csv members");
      }
      if (node.attr().equals("format") && !safeFormatString(node)) {
        throw refuse(node, ".format", "only on a string literal whose fields name no attribute or item");
      }
      super.visit(node, arg);
    }

    /** {@code os}, {@code os.path} or {@code csv} when {@code value} names that module, else null. */
    private static String moduleReceiver(io.tprog.grammar.ast.Expr value) {
      if (value instanceof Name n && (n.id().equals("os") || n.id().equals("csv"))) {
        return n.id();
      }
      if (value instanceof Attribute a && a.attr().equals("path") && a.value() instanceof Name n && n.id().equals("os")) {
        return "os.path";
      }
      return null;
    }

    /** A format string can itself reach attributes ({@code "{0.__class__}"}); allow only plain fields. */
    private static boolean safeFormatString(Attribute node) {
      if (!(node.value() instanceof Constant c) || !(c.value() instanceof String s)) {
        return false;
      }
      int open = s.indexOf('{');
      while (open >= 0) {
        int close = s.indexOf('}', open);
        String field = close < 0 ? s.substring(open) : s.substring(open, close);
        if (field.contains(".") || field.contains("[")) {
          return false;
        }
        open = close < 0 ? -1 : s.indexOf('{', close);
      }
      return true;
    }

    @Override
    public void visit(FunctionDef node, Void arg) {
      if (!node.decoratorList().isEmpty()) {
        throw refuse(node.decoratorList().get(0), "a decorator", "not part of the program format");
      }
      functions.push(node.name());
      super.visit(node, arg);
      functions.pop();
    }

    @Override
    public void visit(ClassDef node, Void arg) {
      throw refuse(node, "class " + node.name(), "classes are not part of the program format");
    }

    @Override
    public void visit(AsyncFunctionDef node, Void arg) {
      throw refuse(node, "async def", "Jython runs Python 2.7");
    }

    @Override
    public void visit(AsyncFor node, Void arg) {
      throw refuse(node, "async for", "Jython runs Python 2.7");
    }

    @Override
    public void visit(AsyncWith node, Void arg) {
      throw refuse(node, "async with", "Jython runs Python 2.7");
    }

    @Override
    public void visit(Await node, Void arg) {
      throw refuse(node, "await", "Jython runs Python 2.7");
    }

    @Override
    public void visit(Try node, Void arg) {
      throw refuse(node, "try", "a program may not catch the sandbox's stop signal");
    }

    @Override
    public void visit(TryStar node, Void arg) {
      throw refuse(node, "try", "a program may not catch the sandbox's stop signal");
    }

    @Override
    public void visit(Global node, Void arg) {
      throw refuse(node, "global", "variables are assigned once, inside run");
    }

    @Override
    public void visit(Nonlocal node, Void arg) {
      throw refuse(node, "nonlocal", "not part of the program format");
    }

    @Override
    public void visit(Delete node, Void arg) {
      throw refuse(node, "del", "variables are assigned once, inside run");
    }

    @Override
    public void visit(Match node, Void arg) {
      throw refuse(node, "match", "Jython runs Python 2.7");
    }

    @Override
    public void visit(Yield node, Void arg) {
      throw refuse(node, "yield", "generators are not part of the program format");
    }

    @Override
    public void visit(YieldFrom node, Void arg) {
      throw refuse(node, "yield from", "generators are not part of the program format");
    }

    @Override
    public void visit(NamedExpr node, Void arg) {
      throw refuse(node, ":=", "Jython runs Python 2.7");
    }

    @Override
    public void visit(JoinedStr node, Void arg) {
      throw refuse(node, "an f-string", "Jython runs Python 2.7");
    }

    @Override
    public void visit(Starred node, Void arg) {
      throw refuse(node, "a starred expression", "not part of the program format");
    }

    @Override
    public void visit(AnnAssign node, Void arg) {
      throw refuse(node, "an annotated assignment", "not part of the program format");
    }
  }
}
