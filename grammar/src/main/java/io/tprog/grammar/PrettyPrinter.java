package io.tprog.grammar;

import io.tprog.grammar.ast.*;
import io.tprog.grammar.ast.Module;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a tree back as Python source that parses to the same tree: four-space blocks, one statement per line,
 * and parentheses wherever operator precedence needs them (and around every yield, walrus and tuple, which is
 * always allowed). Comments and the original layout are not kept; the tree does not hold them.
 */
public final class PrettyPrinter implements VoidVisitor<Integer> {
  // Binding strength of each expression form; a child weaker than its position requires is parenthesized.
  private static final int NAMED = 0;
  private static final int LAMBDA = 1;
  private static final int TEST = 2;
  private static final int OR = 3;
  private static final int AND = 4;
  private static final int NOT = 5;
  private static final int COMPARE = 6;
  private static final int BIT_OR = 7;
  private static final int BIT_XOR = 8;
  private static final int BIT_AND = 9;
  private static final int SHIFT = 10;
  private static final int ARITH = 11;
  private static final int TERM = 12;
  private static final int FACTOR = 13;
  private static final int POWER = 14;
  private static final int AWAIT = 15;
  private static final int ATOM = 16;
  /** The precedence argument passed when visiting a statement, where it has no meaning. */
  private static final int STATEMENT = -1;

  private final StringBuilder out = new StringBuilder();
  private int indent;

  private PrettyPrinter() {}

  /** Source text for {@code node}: a module, a statement, an expression or a pattern. */
  public static String print(Node node) {
    PrettyPrinter printer = new PrettyPrinter();
    node.accept(printer, node instanceof Expr ? LAMBDA : STATEMENT);
    return printer.out.toString();
  }

  // ---- statements

  private void line(String text) {
    out.append("    ".repeat(indent)).append(text);
  }

  private void startLine() {
    out.append("    ".repeat(indent));
  }

  private void body(List<Stmt> statements) {
    out.append(":\n");
    indent++;
    for (Stmt s : statements) {
      s.accept(this, STATEMENT);
    }
    indent--;
  }

  private void orElse(List<Stmt> orelse) {
    if (!orelse.isEmpty()) {
      line("else");
      body(orelse);
    }
  }

  private void expr(Expr e, int required) {
    e.accept(this, required);
  }

  /** {@code prefix} and {@code e}, where there is an {@code e}. */
  private void optional(String prefix, Expr e) {
    if (e != null) {
      out.append(prefix);
      expr(e, LAMBDA);
    }
  }

  private void exprs(List<Expr> list, int required) {
    separated(list, ", ", e -> expr(e, required));
  }

  /** Each item written by {@code write}, with {@code separator} between two. */
  private <T> void separated(List<T> items, String separator, Consumer<T> write) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      write.accept(items.get(i));
    }
  }

  @Override
  public void visit(Module n, Integer arg) {
    for (Stmt s : n.body()) {
      s.accept(this, STATEMENT);
    }
  }

  private void decorators(List<Expr> decorators) {
    for (Expr d : decorators) {
      startLine();
      out.append('@');
      expr(d, LAMBDA);
      out.append('\n');
    }
  }

  private void function(String keyword, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
      Expr returns) {
    decorators(decorators);
    line(keyword + " " + name + "(");
    arguments(args, true);
    out.append(')');
    optional(" -> ", returns);
    body(body);
  }

  @Override
  public void visit(FunctionDef n, Integer arg) {
    function("def", n.name(), n.args(), n.body(), n.decoratorList(), n.returns());
  }

  @Override
  public void visit(AsyncFunctionDef n, Integer arg) {
    function("async def", n.name(), n.args(), n.body(), n.decoratorList(), n.returns());
  }

  @Override
  public void visit(ClassDef n, Integer arg) {
    decorators(n.decoratorList());
    line("class " + n.name());
    if (!n.bases().isEmpty() || !n.keywords().isEmpty()) {
      out.append('(');
      callArguments(n.bases(), n.keywords());
      out.append(')');
    }
    body(n.body());
  }

  @Override
  public void visit(Return n, Integer arg) {
    line("return");
    optional(" ", n.value());
    out.append('\n');
  }

  @Override
  public void visit(Delete n, Integer arg) {
    line("del ");
    exprs(n.targets(), LAMBDA);
    out.append('\n');
  }

  @Override
  public void visit(Assign n, Integer arg) {
    startLine();
    for (Expr target : n.targets()) {
      expr(target, LAMBDA);
      out.append(" = ");
    }
    expr(n.value(), LAMBDA);
    out.append('\n');
  }

  @Override
  public void visit(AugAssign n, Integer arg) {
    startLine();
    expr(n.target(), LAMBDA);
    out.append(' ').append(n.op().symbol()).append("= ");
    expr(n.value(), LAMBDA);
    out.append('\n');
  }

  @Override
  public void visit(AnnAssign n, Integer arg) {
    startLine();
    if (n.simple() == 0 && n.target() instanceof Name) {
      out.append('(');
      expr(n.target(), LAMBDA);
      out.append(')');
    } else {
      expr(n.target(), LAMBDA);
    }
    out.append(": ");
    expr(n.annotation(), LAMBDA);
    optional(" = ", n.value());
    out.append('\n');
  }

  private void forLoop(String keyword, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
    line(keyword + " ");
    expr(target, LAMBDA);
    out.append(" in ");
    expr(iter, LAMBDA);
    body(body);
    orElse(orelse);
  }

  @Override
  public void visit(For n, Integer arg) {
    forLoop("for", n.target(), n.iter(), n.body(), n.orelse());
  }

  @Override
  public void visit(AsyncFor n, Integer arg) {
    forLoop("async for", n.target(), n.iter(), n.body(), n.orelse());
  }

  private void conditional(String keyword, Expr test, List<Stmt> body, List<Stmt> orelse) {
    line(keyword + " ");
    expr(test, LAMBDA);
    body(body);
    orElse(orelse);
  }

  @Override
  public void visit(While n, Integer arg) {
    conditional("while", n.test(), n.body(), n.orelse());
  }

  @Override
  public void visit(If n, Integer arg) {
    conditional("if", n.test(), n.body(), n.orelse());
  }

  private void with(String keyword, List<WithItem> items, List<Stmt> body) {
    line(keyword + " ");
    separated(items, ", ", item -> item.accept(this, LAMBDA));
    body(body);
  }

  @Override
  public void visit(With n, Integer arg) {
    with("with", n.items(), n.body());
  }

  @Override
  public void visit(AsyncWith n, Integer arg) {
    with("async with", n.items(), n.body());
  }

  @Override
  public void visit(WithItem n, Integer arg) {
    // A parenthesized first item would read as the parenthesized-items form, so keep the context bare.
    expr(n.contextExpr(), n.contextExpr() instanceof Tuple ? ATOM : LAMBDA);
    optional(" as ", n.optionalVars());
  }

  @Override
  public void visit(Match n, Integer arg) {
    line("match ");
    expr(n.subject(), LAMBDA);
    out.append(":\n");
    indent++;
    for (MatchCase c : n.cases()) {
      c.accept(this, STATEMENT);
    }
    indent--;
  }

  @Override
  public void visit(MatchCase n, Integer arg) {
    line("case ");
    n.pattern().accept(this, 0);
    optional(" if ", n.guard());
    body(n.body());
  }

  @Override
  public void visit(Raise n, Integer arg) {
    line("raise");
    if (n.exc() != null) {
      out.append(' ');
      expr(n.exc(), LAMBDA);
      optional(" from ", n.cause());
    }
    out.append('\n');
  }

  private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody, boolean star) {
    line("try");
    body(body);
    for (ExceptHandler h : handlers) {
      line(star ? "except* " : "except");
      if (h.type() != null) {
        if (!star) {
          out.append(' ');
        }
        expr(h.type(), LAMBDA);
        if (h.name() != null) {
          out.append(" as ").append(h.name());
        }
      }
      body(h.body());
    }
    orElse(orelse);
    if (!finalbody.isEmpty()) {
      line("finally");
      body(finalbody);
    }
  }

  @Override
  public void visit(Try n, Integer arg) {
    tryStatement(n.body(), n.handlers(), n.orelse(), n.finalbody(), false);
  }

  @Override
  public void visit(TryStar n, Integer arg) {
    tryStatement(n.body(), n.handlers(), n.orelse(), n.finalbody(), true);
  }

  @Override
  public void visit(ExceptHandler n, Integer arg) {
    throw new IllegalStateException("an except clause is printed by its try statement");
  }

  @Override
  public void visit(Assert n, Integer arg) {
    line("assert ");
    expr(n.test(), LAMBDA);
    optional(", ", n.msg());
    out.append('\n');
  }

  @Override
  public void visit(Import n, Integer arg) {
    line("import ");
    aliases(n.names());
    out.append('\n');
  }

  private void aliases(List<Alias> names) {
    separated(names, ", ", alias -> alias.accept(this, STATEMENT));
  }

  @Override
  public void visit(Alias n, Integer arg) {
    out.append(n.name());
    if (n.asname() != null) {
      out.append(" as ").append(n.asname());
    }
  }

  @Override
  public void visit(ImportFrom n, Integer arg) {
    line("from " + ".".repeat(n.level()) + (n.module() == null ? "" : n.module()) + " import ");
    aliases(n.names());
    out.append('\n');
  }

  @Override
  public void visit(Global n, Integer arg) {
    line("global " + String.join(", ", n.names()) + "\n");
  }

  @Override
  public void visit(Nonlocal n, Integer arg) {
    line("nonlocal " + String.join(", ", n.names()) + "\n");
  }

  @Override
  public void visit(ExprStmt n, Integer arg) {
    startLine();
    expr(n.value(), LAMBDA);
    out.append('\n');
  }

  @Override
  public void visit(Pass n, Integer arg) {
    line("pass\n");
  }

  @Override
  public void visit(Break n, Integer arg) {
    line("break\n");
  }

  @Override
  public void visit(Continue n, Integer arg) {
    line("continue\n");
  }

  @Override
  public void visit(TypeIgnore n, Integer arg) {
    throw new IllegalStateException("type-ignore comments are not printed");
  }

  // ---- expressions

  /** Writes {@code body}, in parentheses when its own precedence {@code own} binds less tightly than {@code required}. */
  private void grouped(int own, int required, Runnable body) {
    boolean parenthesized = own < required;
    if (parenthesized) {
      out.append('(');
    }
    body.run();
    if (parenthesized) {
      out.append(')');
    }
  }

  @Override
  public void visit(BoolOp n, Integer required) {
    int own = n.op() == BoolOperator.And ? AND : OR;
    grouped(own, required, () -> separated(n.values(), " " + n.op().symbol() + " ", value -> expr(value, own + 1)));
  }

  @Override
  public void visit(NamedExpr n, Integer required) {
    grouped(NAMED, required, () -> {
      expr(n.target(), ATOM);
      out.append(" := ");
      expr(n.value(), LAMBDA);
    });
  }

  private static int precedence(Operator op) {
    return switch (op) {
      case BitOr -> BIT_OR;
      case BitXor -> BIT_XOR;
      case BitAnd -> BIT_AND;
      case LShift, RShift -> SHIFT;
      case Add, Sub -> ARITH;
      case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
      case Pow -> POWER;
    };
  }

  @Override
  public void visit(BinOp n, Integer required) {
    int own = precedence(n.op());
    grouped(own, required, () -> {
      if (n.op() == Operator.Pow) {
        expr(n.left(), AWAIT);
        out.append(" ** ");
        expr(n.right(), FACTOR);
      } else {
        expr(n.left(), own);
        out.append(' ').append(n.op().symbol()).append(' ');
        expr(n.right(), own + 1);
      }
    });
  }

  @Override
  public void visit(UnaryOp n, Integer required) {
    if (n.op() == UnaryOperator.Not) {
      grouped(NOT, required, () -> {
        out.append("not ");
        expr(n.operand(), NOT);
      });
    } else {
      grouped(FACTOR, required, () -> {
        out.append(n.op().symbol());
        expr(n.operand(), FACTOR);
      });
    }
  }

  @Override
  public void visit(Lambda n, Integer required) {
    grouped(LAMBDA, required, () -> {
      out.append("lambda");
      if (!isEmpty(n.args())) {
        out.append(' ');
        arguments(n.args(), false);
      }
      out.append(": ");
      expr(n.body(), LAMBDA);
    });
  }

  private static boolean isEmpty(Arguments a) {
    return a.posonlyargs().isEmpty() && a.args().isEmpty() && a.vararg() == null && a.kwonlyargs().isEmpty()
        && a.kwarg() == null;
  }

  @Override
  public void visit(IfExp n, Integer required) {
    grouped(TEST, required, () -> {
      expr(n.body(), OR);
      out.append(" if ");
      expr(n.test(), OR);
      out.append(" else ");
      expr(n.orelse(), LAMBDA);
    });
  }

  @Override
  public void visit(Dict n, Integer required) {
    out.append('{');
    for (int i = 0; i < n.keys().size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Expr key = n.keys().get(i);
      if (key == null) {
        out.append("**");
        expr(n.values().get(i), BIT_OR);
      } else {
        expr(key, LAMBDA);
        out.append(": ");
        expr(n.values().get(i), LAMBDA);
      }
    }
    out.append('}');
  }

  @Override
  public void visit(SetExpr n, Integer required) {
    display('{', n.elts(), '}');
  }

  /** A list or set display: its elements between {@code open} and {@code close}. */
  private void display(char open, List<Expr> elements, char close) {
    out.append(open);
    exprs(elements, LAMBDA);
    out.append(close);
  }

  private void generators(List<Comprehension> generators) {
    for (Comprehension c : generators) {
      c.accept(this, STATEMENT);
    }
  }

  @Override
  public void visit(Comprehension n, Integer arg) {
    out.append(n.isAsync() == 1 ? " async for " : " for ");
    expr(n.target(), LAMBDA);
    out.append(" in ");
    expr(n.iter(), OR);
    for (Expr condition : n.ifs()) {
      out.append(" if ");
      expr(condition, OR);
    }
  }

  /** A list or set comprehension or a generator expression: element and clauses between open and close. */
  private void comprehension(char open, Expr element, List<Comprehension> generators, char close) {
    out.append(open);
    expr(element, LAMBDA);
    generators(generators);
    out.append(close);
  }

  @Override
  public void visit(ListComp n, Integer required) {
    comprehension('[', n.elt(), n.generators(), ']');
  }

  @Override
  public void visit(SetComp n, Integer required) {
    comprehension('{', n.elt(), n.generators(), '}');
  }

  @Override
  public void visit(DictComp n, Integer required) {
    out.append('{');
    expr(n.key(), LAMBDA);
    out.append(": ");
    expr(n.value(), LAMBDA);
    generators(n.generators());
    out.append('}');
  }

  @Override
  public void visit(GeneratorExp n, Integer required) {
    comprehension('(', n.elt(), n.generators(), ')');
  }

  @Override
  public void visit(Await n, Integer required) {
    grouped(AWAIT, required, () -> {
      out.append("await ");
      expr(n.value(), ATOM);
    });
  }

  @Override
  public void visit(Yield n, Integer required) {
    out.append("(yield");
    optional(" ", n.value());
    out.append(')');
  }

  @Override
  public void visit(YieldFrom n, Integer required) {
    out.append("(yield from ");
    expr(n.value(), LAMBDA);
    out.append(')');
  }

  @Override
  public void visit(Compare n, Integer required) {
    grouped(COMPARE, required, () -> {
      expr(n.left(), BIT_OR);
      for (int i = 0; i < n.ops().size(); i++) {
        out.append(' ').append(n.ops().get(i).symbol()).append(' ');
        expr(n.comparators().get(i), BIT_OR);
      }
    });
  }

  @Override
  public void visit(Call n, Integer required) {
    expr(n.func(), ATOM);
    out.append('(');
    callArguments(n.args(), n.keywords());
    out.append(')');
  }

  private void callArguments(List<Expr> args, List<Keyword> keywords) {
    String separator = "";
    for (Expr a : args) {
      out.append(separator);
      expr(a, LAMBDA);
      separator = ", ";
    }
    for (Keyword k : keywords) {
      out.append(separator);
      k.accept(this, STATEMENT);
      separator = ", ";
    }
  }

  @Override
  public void visit(Keyword n, Integer arg) {
    if (n.arg() == null) {
      out.append("**");
      expr(n.value(), BIT_OR);
    } else {
      out.append(n.arg()).append('=');
      expr(n.value(), LAMBDA);
    }
  }

  @Override
  public void visit(FormattedValue n, Integer required) {
    out.append("f").append(PyRepr.string(fstringBody(List.of(n))));
  }

  @Override
  public void visit(JoinedStr n, Integer required) {
    String body = fstringBody(n.values());
    out.append('f').append(quoteFString(body));
  }

  /** The source between the quotes of an f-string: literal text with braces doubled, and the fields. */
  private String fstringBody(List<Expr> values) {
    StringBuilder body = new StringBuilder();
    for (Expr v : values) {
      if (v instanceof Constant c && c.value() instanceof String s) {
        body.append(escapeFStringLiteral(s));
      } else if (v instanceof FormattedValue f) {
        String inner = PrettyPrinter.print(f.value());
        body.append('{');
        if (inner.startsWith("{")) {
          body.append(' ');
        }
        body.append(inner);
        if (f.conversion() != -1) {
          body.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() instanceof JoinedStr spec) {
          body.append(':').append(fstringBody(spec.values()));
        }
        body.append('}');
      }
    }
    return body.toString();
  }

  private static String escapeFStringLiteral(String s) {
    StringBuilder escaped = new StringBuilder(s.length());
    PyRepr.escape(s, (char) 0, escaped);
    return escaped.toString().replace("{", "{{").replace("}", "}}");
  }

  /** Quotes an f-string body with a quote character that does not occur in it, as 3.11 requires. */
  private static String quoteFString(String body) {
    for (String quote : new String[] {"'", "\"", "'''", "\"\"\""}) {
      if (!body.contains(quote.substring(0, 1)) || (quote.length() == 3 && !body.contains(quote)
          && !body.endsWith(quote.substring(0, 1)))) {
        return quote + body + quote;
      }
    }
    return "'''" + body.replace("'''", "\\'\\'\\'") + "'''";
  }

  @Override
  public void visit(Constant n, Integer required) {
    Object value = n.value();
    if (value == io.tprog.grammar.ast.Ellipsis.INSTANCE) {
      out.append("...");
    } else if (value instanceof Double d && (d.isInfinite() || d.isNaN())) {
      out.append(d.isNaN() ? "(1e309 - 1e309)" : "1e309");
    } else if (value instanceof Imaginary i && Double.isInfinite(i.imag())) {
      out.append("1e309j");
    } else {
      if ("u".equals(n.kind())) {
        out.append('u');
      }
      out.append(PyRepr.repr(value));
    }
  }

  @Override
  public void visit(Attribute n, Integer required) {
    boolean needsParens = n.value() instanceof Constant c && c.value() instanceof BigInteger;
    if (needsParens) {
      out.append('(');
    }
    expr(n.value(), ATOM);
    if (needsParens) {
      out.append(')');
    }
    out.append('.').append(n.attr());
  }

  @Override
  public void visit(Subscript n, Integer required) {
    expr(n.value(), ATOM);
    out.append('[');
    if (n.slice() instanceof Tuple t && !t.elts().isEmpty()) {
      exprs(t.elts(), LAMBDA);
      if (t.elts().size() == 1) {
        out.append(',');
      }
    } else {
      expr(n.slice(), LAMBDA);
    }
    out.append(']');
  }

  @Override
  public void visit(Starred n, Integer required) {
    out.append('*');
    expr(n.value(), BIT_OR);
  }

  @Override
  public void visit(Name n, Integer required) {
    out.append(n.id());
  }

  @Override
  public void visit(ListExpr n, Integer required) {
    display('[', n.elts(), ']');
  }

  @Override
  public void visit(Tuple n, Integer required) {
    out.append('(');
    exprs(n.elts(), LAMBDA);
    if (n.elts().size() == 1) {
      out.append(',');
    }
    out.append(')');
  }

  @Override
  public void visit(Slice n, Integer required) {
    optional("", n.lower());
    out.append(':');
    optional("", n.upper());
    optional(":", n.step());
  }

  // ---- parameters

  private void arguments(Arguments a, boolean annotated) {
    String separator = "";
    List<Arg> positional = new ArrayList<>(a.posonlyargs());
    positional.addAll(a.args());
    // The defaults belong to the last positional parameters.
    int firstDefault = positional.size() - a.defaults().size();
    for (int i = 0; i < positional.size(); i++) {
      out.append(separator);
      parameter(positional.get(i), annotated, i >= firstDefault ? a.defaults().get(i - firstDefault) : null);
      separator = ", ";
      if (i == a.posonlyargs().size() - 1) {
        out.append(", /");
      }
    }
    if (a.vararg() != null) {
      out.append(separator).append('*');
      parameter(a.vararg(), annotated, null);
      separator = ", ";
    } else if (!a.kwonlyargs().isEmpty()) {
      out.append(separator).append('*');
      separator = ", ";
    }
    for (int i = 0; i < a.kwonlyargs().size(); i++) {
      out.append(separator);
      parameter(a.kwonlyargs().get(i), annotated, a.kwDefaults().get(i));
      separator = ", ";
    }
    if (a.kwarg() != null) {
      out.append(separator).append("**");
      parameter(a.kwarg(), annotated, null);
    }
  }

  private void parameter(Arg p, boolean annotated, Expr defaultValue) {
    out.append(p.arg());
    if (annotated && p.annotation() != null) {
      out.append(": ");
      expr(p.annotation(), LAMBDA);
    }
    if (defaultValue != null) {
      out.append(annotated && p.annotation() != null ? " = " : "=");
      expr(defaultValue, LAMBDA);
    }
  }

  @Override
  public void visit(Arguments n, Integer arg) {
    arguments(n, true);
  }

  @Override
  public void visit(Arg n, Integer arg) {
    parameter(n, true, null);
  }

  // ---- patterns (the argument is 1 where an or-pattern or as-pattern needs parentheses)

  @Override
  public void visit(MatchValue n, Integer nested) {
    expr(n.value(), BIT_OR);
  }

  @Override
  public void visit(MatchSingleton n, Integer nested) {
    out.append(PyRepr.repr(n.value()));
  }

  private void patterns(List<Pattern> list) {
    separated(list, ", ", pattern -> pattern.accept(this, 0));
  }

  @Override
  public void visit(MatchSequence n, Integer nested) {
    out.append('[');
    patterns(n.patterns());
    out.append(']');
  }

  @Override
  public void visit(MatchMapping n, Integer nested) {
    out.append('{');
    String separator = "";
    for (int i = 0; i < n.keys().size(); i++) {
      out.append(separator);
      expr(n.keys().get(i), BIT_OR);
      out.append(": ");
      n.patterns().get(i).accept(this, 0);
      separator = ", ";
    }
    if (n.rest() != null) {
      out.append(separator).append("**").append(n.rest());
    }
    out.append('}');
  }

  @Override
  public void visit(MatchClass n, Integer nested) {
    expr(n.cls(), ATOM);
    out.append('(');
    patterns(n.patterns());
    String separator = n.patterns().isEmpty() ? "" : ", ";
    for (int i = 0; i < n.kwdAttrs().size(); i++) {
      out.append(separator).append(n.kwdAttrs().get(i)).append('=');
      n.kwdPatterns().get(i).accept(this, 0);
      separator = ", ";
    }
    out.append(')');
  }

  @Override
  public void visit(MatchStar n, Integer nested) {
    out.append('*').append(n.name() == null ? "_" : n.name());
  }

  @Override
  public void visit(MatchAs n, Integer nested) {
    if (n.pattern() == null) {
      out.append(n.name() == null ? "_" : n.name());
      return;
    }
    out.append('(');
    n.pattern().accept(this, 1);
    out.append(" as ").append(n.name()).append(')');
  }

  @Override
  public void visit(MatchOr n, Integer nested) {
    out.append('(');
    separated(n.patterns(), " | ", pattern -> pattern.accept(this, 1));
    out.append(')');
  }
}
