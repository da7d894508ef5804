package io.tprog.analyzer.program;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a predicate's if/elif chain into branches. */
final class PredicateReading {
  private final ProblemSink problems;
  final String query;
  final String key;
  final String function;
  final List<PredicateBranch> branches = new ArrayList<>();
  boolean opaque;

  PredicateReading(String query, String key, String function, ProblemSink problems) {
    this.problems = problems;
    this.query = query;
    this.key = key;
    this.function = function;
  }

  void block(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof If i) {
        chain(i);
      } else if (s instanceof Return r) {
        answer(r).ifPresent(m -> branches.add(new PredicateBranch(List.of(), true, m.match(), m.key(), r.range().line())));
        return;
      } else if (!(s instanceof Pass) && !(s instanceof ExprStmt e && e.value() instanceof Constant)) {
        fail(s, "a predicate holds only an if/elif chain over " + query + " values and returns");
      }
    }
  }

  void chain(If i) {
    Optional<List<Value>> values = queryValues(i.test());
    if (values.isEmpty()) {
      fail(i, "a branch of " + function + " must test '" + query + " in {values}' or '" + query + " == value'");
    } else if (i.body().size() != 1 || !(i.body().get(0) instanceof Return r)) {
      fail(i, "a branch of " + function + " must hold a single return");
    } else {
      answer(r).ifPresent(m -> branches.add(new PredicateBranch(values.get(), false, m.match(), m.key(), i.range().line())));
    }
    if (i.orelse().size() == 1 && i.orelse().get(0) instanceof If elif) {
      chain(elif);
    } else if (!i.orelse().isEmpty()) {
      block(i.orelse());
    }
  }

  Optional<List<Value>> queryValues(Expr test) {
    if (test instanceof Compare c && c.ops().size() == 1 && c.left() instanceof Name n && n.id().equals(query)) {
      if (c.ops().get(0) == CmpOperator.In) {
        return Literals.values(c.comparators().get(0));
      }
      if (c.ops().get(0) == CmpOperator.Eq) {
        return Literals.value(c.comparators().get(0)).map(List::of);
      }
    }
    return Optional.empty();
  }

  /** What one return answers. */
  record Answer(PredicateBranch.Match match, Value key) {}

  Optional<Answer> answer(Return r) {
    Expr v = r.value();
    Optional<Value> constant = v == null ? Optional.of(Value.none()) : Literals.value(v);
    if (constant.isPresent() && (constant.get().kind() == Value.Kind.BOOL || constant.get().kind() == Value.Kind.NONE)) {
      boolean always = constant.get().equals(Value.of(true));
      return Optional.of(new Answer(always ? PredicateBranch.Match.ALWAYS : PredicateBranch.Match.NEVER, null));
    }
    if (v instanceof Compare c && c.ops().size() == 1 && c.ops().get(0) == CmpOperator.Eq) {
      Expr left = c.left();
      Expr right = c.comparators().get(0);
      Optional<Value> keyValue =
          left instanceof Name n && n.id().equals(key) ? Literals.value(right)
              : right instanceof Name n2 && n2.id().equals(key) ? Literals.value(left) : Optional.empty();
      if (keyValue.isPresent()) {
        return Optional.of(new Answer(PredicateBranch.Match.EQUALS, keyValue.get()));
      }
    }
    fail(r, "a branch of " + function + " must return " + key + " == value, True or False");
    return Optional.empty();
  }

  void fail(Stmt s, String message) {
    opaque = true;
    problems.at(s, message + "; the predicate is kept but not analysed");
  }
}
