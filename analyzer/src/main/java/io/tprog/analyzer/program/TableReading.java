package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.CmpOperator;
import io.tprog.grammar.ast.Compare;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.ExprStmt;
import io.tprog.grammar.ast.If;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Pass;
import io.tprog.grammar.ast.Return;
import io.tprog.grammar.ast.Stmt;
import io.tprog.grammar.ast.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an MLP function's lookup: {@code key = (a, b)}, an if/elif chain of {@code key in {...}}, a default. */
final class TableReading {
  private final ProblemSink problems;
  final String name;
  final List<String> arguments;
  final List<MlpRow> rows = new ArrayList<>();
  Value defaultOutput;
  int defaultLine;
  boolean opaque;
  String keyName;
  List<Integer> keyOrder;

  TableReading(String name, List<String> arguments, ProblemSink problems) {
    this.problems = problems;
    this.name = name;
    this.arguments = arguments;
    this.keyOrder = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      keyOrder.add(i);
    }
  }

  void block(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Name n && keyName == null) {
        Optional<List<Integer>> order = order(a.value());
        if (order.isPresent()) {
          keyName = n.id();
          keyOrder = order.get();
        } else {
          fail(s, name + " may only name its key as a tuple of its arguments, e.g. key = (a, b)");
        }
      } else if (s instanceof If i) {
        chain(i);
      } else if (s instanceof Return r) {
        Optional<Value> v = r.value() == null ? Optional.empty() : Literals.value(r.value());
        if (v.isPresent()) {
          defaultOutput = v.get();
          defaultLine = r.range().line();
        } else {
          fail(s, name + " must return a literal value");
        }
        return;
      } else if (!(s instanceof Pass) && !(s instanceof ExprStmt e && e.value() instanceof Constant)) {
        fail(s, name + " holds only its key, an if/elif chain over input tuples and returns of literal values");
      }
    }
  }

  /** Which argument each element of a key expression is. */
  Optional<List<Integer>> order(Expr key) {
    List<Expr> parts = key instanceof Tuple t ? t.elts() : List.of(key);
    List<Integer> order = new ArrayList<>();
    for (Expr p : parts) {
      int i = p instanceof Name n ? arguments.indexOf(n.id()) : -1;
      if (i < 0 || order.contains(i)) {
        return Optional.empty();
      }
      order.add(i);
    }
    return order.size() == arguments.size() ? Optional.of(order) : Optional.empty();
  }

  void chain(If i) {
    Optional<List<List<Value>>> tuples = tuples(i.test());
    if (tuples.isEmpty()) {
      fail(i, "a branch of " + name + " must test 'key in {input tuples}'");
    } else if (i.body().size() != 1 || !(i.body().get(0) instanceof Return r) || r.value() == null
        || Literals.value(r.value()).isEmpty()) {
      fail(i.body().isEmpty() ? i : i.body().get(0), "a branch of " + name + " must return a literal value");
    } else {
      rows.add(new MlpRow(tuples.get(), Literals.value(r.value()).orElseThrow(), i.range().line()));
    }
    if (i.orelse().size() == 1 && i.orelse().get(0) instanceof If elif) {
      chain(elif);
    } else if (!i.orelse().isEmpty()) {
      block(i.orelse());
    }
  }

  Optional<List<List<Value>>> tuples(Expr test) {
    if (!(test instanceof Compare c) || c.ops().size() != 1) {
      return Optional.empty();
    }
    List<Integer> order;
    if (c.left() instanceof Name n && n.id().equals(keyName)) {
      order = keyOrder;
    } else {
      Optional<List<Integer>> direct = order(c.left());
      if (direct.isEmpty()) {
        return Optional.empty();
      }
      order = direct.get();
    }
    List<Expr> items;
    if (c.ops().get(0) == CmpOperator.In) {
      Optional<List<Expr>> elements = Literals.elements(c.comparators().get(0));
      if (elements.isEmpty()) {
        return Optional.empty();
      }
      items = elements.get();
    } else if (c.ops().get(0) == CmpOperator.Eq) {
      items = List.of(c.comparators().get(0));
    } else {
      return Optional.empty();
    }
    List<List<Value>> out = new ArrayList<>();
    for (Expr item : items) {
      Optional<List<Value>> t = order.size() == 1 ? Literals.value(item).map(List::of) : Literals.values(item);
      if (t.isEmpty() || t.get().size() != order.size()) {
        return Optional.empty();
      }
      Value[] inArgumentOrder = new Value[order.size()];
      for (int j = 0; j < order.size(); j++) {
        inArgumentOrder[order.get(j)] = t.get().get(j);
      }
      out.add(List.of(inArgumentOrder));
    }
    return Optional.of(out);
  }

  void fail(Stmt s, String message) {
    opaque = true;
    problems.at(s, message + "; the table is kept but not analysed");
  }
}
