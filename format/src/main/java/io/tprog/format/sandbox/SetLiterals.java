package io.tprog.format.sandbox;

import io.tprog.grammar.ParseResult;
import io.tprog.grammar.PythonParser;
import io.tprog.grammar.ast.CmpOperator;
import io.tprog.grammar.ast.Compare;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.Range;
import io.tprog.grammar.ast.SetExpr;
import io.tprog.grammar.ast.Tuple;
import io.tprog.grammar.ast.UnaryOp;
import io.tprog.grammar.ast.VoidVisitorAdapter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.python.core.Py;
import org.python.core.PyFrozenSet;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyTuple;

/**
 * Jython compiles each Python function into one JVM method of at most 64 KB of bytecode and rebuilds every set literal
 * on each call, so a trained program's large MLP tables ({@code key in {(0, 1), (2, 3), ...}}) can make {@code run}
 * too large to load. This rewrite moves every set literal of constants that is the right side of {@code in} or
 * {@code not in} out of the code: it becomes {@code (tprog_sets[i])}, a frozenset built once, in Java, from the
 * literal's syntax tree (compiling a literal of thousands of tuples would itself be too large). The parentheses keep the literal's line breaks legal, so every line keeps its number (traces
 * and error messages name the file's own lines). The file itself is never changed.
 */
final class SetLiterals {
  /** The module global holding the frozensets. */
  static final String GLOBAL = "tprog_sets";

  private SetLiterals() {}

  /** The rewritten source and each moved literal, in the order of {@code tprog_sets}. */
  record Hoisted(String text, List<SetExpr> literals) {
    /** The literals as Python frozensets, for the {@code tprog_sets} global (call on the interpreter's thread). */
    PyObject sets() {
      PyObject[] sets = new PyObject[literals.size()];
      for (int i = 0; i < sets.length; i++) {
        PyObject[] elements = literals.get(i).elts().stream().map(SetLiterals::python).toArray(PyObject[]::new);
        sets[i] = new PyFrozenSet(new PyTuple(elements));
      }
      return new PyList(sets);
    }
  }

  static Hoisted hoist(String source, String sourceName) {
    ParseResult parsed = PythonParser.parse(source, sourceName);
    if (parsed.module().isEmpty()) {
      return new Hoisted(source, List.of());
    }
    List<SetExpr> found = new ArrayList<>();
    parsed.module().get().accept(
        new VoidVisitorAdapter<Void>() {
          @Override
          public void visit(Compare node, Void arg) {
            for (int i = 0; i < node.ops().size(); i++) {
              CmpOperator op = node.ops().get(i);
              if ((op == CmpOperator.In || op == CmpOperator.NotIn)
                  && node.comparators().get(i) instanceof SetExpr set
                  && set.elts().stream().allMatch(SetLiterals::constant)) {
                found.add(set);
              }
            }
            super.visit(node, arg);
          }
        },
        null);
    if (found.isEmpty()) {
      return new Hoisted(source, List.of());
    }
    found.sort(Comparator.comparingInt((SetExpr e) -> e.range().line()).thenComparingInt(e -> e.range().column()));
    int[] lineStarts = lineStarts(source);
    StringBuilder out = new StringBuilder(source.length());
    List<SetExpr> literals = new ArrayList<>();
    int copied = 0;
    for (SetExpr set : found) {
      Range r = set.range();
      int start = offset(source, lineStarts, r.line(), r.column());
      int end = offset(source, lineStarts, r.endLine(), r.endColumn());
      if (start < copied) {
        continue;
      }
      String literal = source.substring(start, end);

      out.append(source, copied, start).append('(').append(GLOBAL).append('[').append(literals.size()).append(']');
      literal.chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
      out.append(')');
      literals.add(set);
      copied = end;
    }
    out.append(source, copied, source.length());
    return new Hoisted(out.toString(), literals);
  }

  private static boolean constant(Expr e) {
    return (e instanceof Constant c
            && (c.value() == null || c.value() instanceof Boolean || c.value() instanceof BigInteger
                || c.value() instanceof Double || c.value() instanceof String))
        || (e instanceof UnaryOp u && u.operand() instanceof Constant operand && operand.value() instanceof BigInteger)
        || (e instanceof Tuple t && t.elts().stream().allMatch(SetLiterals::constant));
  }

  private static PyObject python(Expr e) {
    if (e instanceof Tuple t) {
      return new PyTuple(t.elts().stream().map(SetLiterals::python).toArray(PyObject[]::new));
    }
    if (e instanceof UnaryOp u && u.operand() instanceof Constant c) {
      PyObject v = python(c);
      return switch (u.op()) {
        case USub -> v.__neg__();
        case UAdd -> v.__pos__();
        case Invert -> v.__invert__();
        case Not -> v.__not__();
      };
    }
    Object v = ((Constant) e).value();
    if (v == null) {
      return Py.None;
    }
    if (v instanceof Boolean b) {
      return b ? Py.True : Py.False;
    }
    if (v instanceof BigInteger i) {
      return i.bitLength() < 32 ? Py.newInteger(i.intValue()) : Py.newLong(i);
    }
    if (v instanceof Double d) {
      return Py.newFloat(d);
    }
    if (v instanceof String s) {
      return Py.newStringOrUnicode(s);
    }
    throw new IllegalArgumentException("not a constant of a set literal: " + v);
  }

  private static int[] lineStarts(String source) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    starts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The character offset of a (1-based line, UTF-8 byte column) position. */
  private static int offset(String source, int[] lineStarts, int line, int byteColumn) {
    int i = lineStarts[line];
    int bytes = 0;
    while (bytes < byteColumn && i < source.length()) {
      int cp = source.codePointAt(i);
      bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      i += Character.charCount(cp);
    }
    return i;
  }
}
