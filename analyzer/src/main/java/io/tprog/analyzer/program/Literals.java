package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Attribute;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.ListExpr;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.SetExpr;
import io.tprog.grammar.ast.Tuple;
import io.tprog.grammar.ast.UnaryOp;
import io.tprog.grammar.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Python literals of the AST as {@link Value}s: the constants predicates and MLP tables are written with. */
final class Literals {
  private Literals() {}

  /**
   * A constant (an integer, possibly negated, a string, a boolean or None) or an enum member ({@code Emb0.V04}, a
   * name's attribute), or empty for anything else.
   */
  static Optional<Value> value(Expr e) {
    if (e instanceof Attribute a && a.value() instanceof Name n) {
      return Optional.of(Value.member(n.id() + "." + a.attr()));
    }
    if (e instanceof UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Constant c
        && c.value() instanceof BigInteger i) {
      return Optional.of(Value.of(i.negate().longValueExact()));
    }
    if (!(e instanceof Constant c)) {
      return Optional.empty();
    }
    Object v = c.value();
    if (v instanceof BigInteger i && i.bitLength() < 63) {
      return Optional.of(Value.of(i.longValue()));
    }
    if (v instanceof String s) {
      return Optional.of(Value.of(s));
    }
    if (v instanceof Boolean b) {
      return Optional.of(Value.of(b));
    }
    if (v == null) {
      return Optional.of(Value.none());
    }
    return Optional.empty();
  }

  /** The elements of a set, tuple or list display, or empty when it is none of these. */
  static Optional<List<Expr>> elements(Expr e) {
    if (e instanceof SetExpr s) {
      return Optional.of(s.elts());
    }
    if (e instanceof Tuple t) {
      return Optional.of(t.elts());
    }
    if (e instanceof ListExpr l) {
      return Optional.of(l.elts());
    }
    return Optional.empty();
  }

  /** Every element of a display as a constant, or empty when one is not. */
  static Optional<List<Value>> values(Expr e) {
    Optional<List<Expr>> elements = elements(e);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    List<Value> out = new ArrayList<>();
    for (Expr x : elements.get()) {
      Optional<Value> v = value(x);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      out.add(v.get());
    }
    return Optional.of(out);
  }
}
