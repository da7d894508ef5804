package io.tprog.grammar;

import io.tprog.grammar.Py311Parser.*;
import io.tprog.grammar.ast.*;
import io.tprog.grammar.ast.Module;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree into the typed AST, checking what the grammar leaves wide on purpose (assignment targets,
 * parameter order, dict/set item agreement) and decoding literals, including f-string replacement fields.
 */
final class AstBuilder {
  private static final int CONVERSION_NONE = -1;

  private final Columns columns;
  /** Shift applied to positions of a sub-parse (an f-string field) to place them in the enclosing source. */
  private final int lineShift;
  private final int columnShift;

  AstBuilder(Columns columns) {
    this(columns, 0, 0);
  }

  private AstBuilder(Columns columns, int lineShift, int columnShift) {
    this.columns = columns;
    this.lineShift = lineShift;
    this.columnShift = columnShift;
  }

  // ---- positions

  private int line(int innerLine) {
    return innerLine + lineShift;
  }

  private int codePointColumn(int innerLine, int innerColumn) {
    return innerLine == 1 ? innerColumn + columnShift : innerColumn;
  }

  private Range range(Token start, Token stop) {
    int startLine = line(start.getLine());
    int startColumn = columns.byteColumn(startLine, codePointColumn(start.getLine(), start.getCharPositionInLine()));
    String text = stop.getText();
    int newlines = 0;
    int lastNewline = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
        lastNewline = i;
      }
    }
    int innerEndLine = stop.getLine() + newlines;
    int innerEndColumn = newlines == 0
        ? stop.getCharPositionInLine() + text.codePointCount(0, text.length())
        : text.codePointCount(lastNewline + 1, text.length());
    int endLine = line(innerEndLine);
    int endColumn = columns.byteColumn(endLine, codePointColumn(innerEndLine, innerEndColumn));
    return new Range(startLine, startColumn, endLine, endColumn);
  }

  private Range range(ParserRuleContext ctx) {
    return range(ctx.start, ctx.stop);
  }

  private Range range(TerminalNode node) {
    return range(node.getSymbol(), node.getSymbol());
  }

  private Range range(Token start, Node last) {
    Range first = range(start, start);
    return Range.span(first, last.range());
  }

  /** A compound statement ends at its last real token (a trailing ';' included), not at NEWLINE or DEDENT. */
  private Range statementRange(ParserRuleContext ctx) {
    return range(ctx.start, lastRealToken(ctx));
  }

  private static Token lastRealToken(ParseTree tree) {
    if (tree instanceof TerminalNode terminal) {
      int type = terminal.getSymbol().getType();
      boolean layout = type == Py311Lexer.NEWLINE || type == Py311Lexer.INDENT || type == Py311Lexer.DEDENT
          || type == Token.EOF;
      return layout ? null : terminal.getSymbol();
    }
    for (int i = tree.getChildCount() - 1; i >= 0; i--) {
      Token token = lastRealToken(tree.getChild(i));
      if (token != null) {
        return token;
      }
    }
    return null;
  }

  private PythonSyntaxException error(Token at, String message) {
    return new PythonSyntaxException(
        line(at.getLine()), codePointColumn(at.getLine(), at.getCharPositionInLine()) + 1, message);
  }

  private PythonSyntaxException error(Node at, String message) {
    return new PythonSyntaxException(at.range().line(), at.range().column() + 1, message);
  }

  /** {@code f} of each item, in order, in a new list. */
  private static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    List<R> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(f.apply(item));
    }
    return out;
  }

  private static String identifier(TerminalNode name) {
    String text = name.getText();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  // ---- statements

  Module module(File_inputContext ctx) {
    List<Stmt> body = new ArrayList<>();
    for (StmtContext s : ctx.stmt()) {
      statement(s, body);
    }
    Range range = body.isEmpty() ? new Range(1, 0, 1, 0) : Range.span(body.get(0).range(), last(body).range());
    return new Module(body, List.of(), range);
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private void statement(StmtContext ctx, List<Stmt> out) {
    if (ctx.compound_stmt() != null) {
      out.add(compound(ctx.compound_stmt()));
    } else {
      for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
        out.add(simple(s));
      }
    }
  }

  private List<Stmt> block(BlockContext ctx) {
    List<Stmt> body = new ArrayList<>();
    if (ctx.simple_stmts() != null) {
      for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
        body.add(simple(s));
      }
    } else {
      for (StmtContext s : ctx.stmt()) {
        statement(s, body);
      }
    }
    return body;
  }

  private Stmt simple(Simple_stmtContext ctx) {
    Range range = range(ctx);
    if (ctx.expr_stmt() != null) {
      return expressionStatement(ctx.expr_stmt());
    } else if (ctx.return_stmt() != null) {
      Star_expressionsContext value = ctx.return_stmt().star_expressions();
      return new Return(value == null ? null : starExpressions(value), range);
    } else if (ctx.import_name() != null) {
      List<Alias> names = new ArrayList<>();
      for (Dotted_as_nameContext d : ctx.import_name().dotted_as_name()) {
        names.add(new Alias(dottedName(d.dotted_name()), d.NAME() == null ? null : identifier(d.NAME()), range(d)));
      }
      return new Import(names, range);
    } else if (ctx.import_from() != null) {
      return importFrom(ctx.import_from(), range);
    } else if (ctx.raise_stmt() != null) {
      Raise_stmtContext r = ctx.raise_stmt();
      return new Raise(r.exc == null ? null : expression(r.exc), r.cause == null ? null : expression(r.cause), range);
    } else if (ctx.PASS() != null) {
      return new Pass(range);
    } else if (ctx.del_stmt() != null) {
      return delete(ctx.del_stmt(), range);
    } else if (ctx.assert_stmt() != null) {
      Assert_stmtContext a = ctx.assert_stmt();
      return new Assert(expression(a.test), a.msg == null ? null : expression(a.msg), range);
    } else if (ctx.BREAK() != null) {
      return new Break(range);
    } else if (ctx.CONTINUE() != null) {
      return new Continue(range);
    } else if (ctx.global_stmt() != null) {
      return new Global(names(ctx.global_stmt().NAME()), range);
    } else {
      return new Nonlocal(names(ctx.nonlocal_stmt().NAME()), range);
    }
  }

  private static List<String> names(List<TerminalNode> nodes) {
    return map(nodes, AstBuilder::identifier);
  }

  private static String dottedName(Dotted_nameContext ctx) {
    List<TerminalNode> parts = ctx.NAME();
    if (parts.size() == 1) {
      return identifier(parts.get(0));
    }
    StringBuilder name = new StringBuilder();
    for (TerminalNode part : parts) {
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(identifier(part));
    }
    return name.toString();
  }

  private Stmt importFrom(Import_fromContext ctx, Range range) {
    int level = ctx.DOT().size() + 3 * ctx.ELLIPSIS().size();
    String module = ctx.dotted_name() == null ? null : dottedName(ctx.dotted_name());
    Import_targetsContext targets = ctx.import_targets();
    List<Alias> names = new ArrayList<>();
    if (targets.STAR() != null) {
      names.add(new Alias("*", null, range(targets.STAR())));
    } else {
      for (Import_as_nameContext n : targets.import_as_name()) {
        names.add(new Alias(identifier(n.NAME(0)), n.NAME().size() > 1 ? identifier(n.NAME(1)) : null, range(n)));
      }
      if (targets.LPAR() == null && !targets.COMMA().isEmpty()
          && targets.COMMA().size() == targets.import_as_name().size()) {
        throw error(last(targets.COMMA()).getSymbol(), "trailing comma not allowed without surrounding parentheses");
      }
    }
    return new ImportFrom(module, names, level, range);
  }

  private Stmt delete(Del_stmtContext ctx, Range range) {
    TargetsContext targets = ctx.targets();
    List<Expr> deleted = new ArrayList<>();
    for (TargetContext t : targets.target()) {
      deleted.add(withContext(target(t), ExprContext.Del));
    }
    return new Delete(deleted, range);
  }

  private Stmt expressionStatement(Expr_stmtContext ctx) {
    Range range = range(ctx);
    Expr first = rhs(ctx.first);
    if (ctx.annotation != null) {
      if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
        throw error(first, first instanceof Tuple
            ? "only single target (not tuple) can be annotated"
            : "illegal target for annotation");
      }
      int simple = first instanceof Name && ctx.first.start.getType() != Py311Lexer.LPAR ? 1 : 0;
      Expr value = ctx.annotated == null ? null : rhs(ctx.annotated);
      return new AnnAssign(withContext(first, ExprContext.Store), expression(ctx.annotation), value, simple, range);
    }
    if (ctx.augassign() != null) {
      if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
        throw error(first, "'" + describe(first) + "' is an illegal expression for augmented assignment");
      }
      Operator op = Operator.ofSymbol(ctx.augassign().getText().substring(0, ctx.augassign().getText().length() - 1));
      return new AugAssign(withContext(first, ExprContext.Store), op, rhs(ctx.value), range);
    }
    List<RhsContext> parts = ctx.rhs();
    if (parts.size() == 1) {
      return new ExprStmt(first, range);
    }
    List<Expr> targets = new ArrayList<>(parts.size() - 1);
    targets.add(withContext(first, ExprContext.Store));
    for (int i = 1; i < parts.size() - 1; i++) {
      targets.add(withContext(rhs(parts.get(i)), ExprContext.Store));
    }
    return new Assign(targets, rhs(last(parts)), null, range);
  }

  private Expr rhs(RhsContext ctx) {
    return ctx.yield_expr() != null ? yieldExpression(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
  }

  /** The same expression as an assignment or deletion target; throws if it cannot be one. */
  private Expr withContext(Expr e, ExprContext ctx) {
    if (e instanceof Name n) {
      return new Name(n.id(), ctx, n.range());
    } else if (e instanceof Attribute a) {
      return new Attribute(a.value(), a.attr(), ctx, a.range());
    } else if (e instanceof Subscript s) {
      return new Subscript(s.value(), s.slice(), ctx, s.range());
    } else if (e instanceof Starred s && ctx != ExprContext.Del) {
      return new Starred(withContext(s.value(), ctx), ctx, s.range());
    } else if (e instanceof Tuple t) {
      return new Tuple(withContext(t.elts(), ctx), ctx, t.range());
    } else if (e instanceof ListExpr l) {
      return new ListExpr(withContext(l.elts(), ctx), ctx, l.range());
    }
    String verb = ctx == ExprContext.Del ? "delete" : "assign to";
    throw error(e, "cannot " + verb + " " + describe(e));
  }

  private List<Expr> withContext(List<Expr> elements, ExprContext ctx) {
    return map(elements, e -> withContext(e, ctx));
  }

  private static String describe(Expr e) {
    if (e instanceof Call) {
      return "function call";
    } else if (e instanceof Constant c) {
      return c.value() == null || c.value() instanceof Boolean ? String.valueOf(PyRepr.repr(c.value())) : "literal";
    } else if (e instanceof JoinedStr) {
      return "f-string expression";
    } else if (e instanceof Tuple) {
      return "tuple";
    } else if (e instanceof Lambda) {
      return "lambda";
    } else if (e instanceof Compare) {
      return "comparison";
    } else if (e instanceof NamedExpr) {
      return "named expression";
    } else if (e instanceof Yield || e instanceof YieldFrom) {
      return "yield expression";
    } else if (e instanceof Starred) {
      return "starred";
    } else if (e instanceof IfExp) {
      return "conditional expression";
    } else if (e instanceof ListComp) {
      return "list comprehension";
    } else if (e instanceof Dict) {
      return "dict literal";
    } else if (e instanceof SetExpr) {
      return "set display";
    } else if (e instanceof GeneratorExp) {
      return "generator expression";
    } else if (e instanceof Await) {
      return "await expression";
    }
    return "expression";
  }

  private Stmt compound(Compound_stmtContext ctx) {
    if (ctx.function_def() != null) {
      return functionDef(ctx.function_def(), decorators(ctx.decorator()));
    } else if (ctx.class_def() != null) {
      return classDef(ctx.class_def(), decorators(ctx.decorator()));
    } else if (ctx.if_stmt() != null) {
      If_stmtContext c = ctx.if_stmt();
      List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
      for (int i = c.elif_clause().size() - 1; i >= 0; i--) {
        Elif_clauseContext elif = c.elif_clause(i);
        List<Stmt> body = block(elif.block());
        orelse = List.of(new If(namedExpression(elif.named_expression()), body, orelse,
            range(elif.start, lastRealToken(c))));
      }
      List<Stmt> body = block(c.block());
      return new If(namedExpression(c.named_expression()), body, orelse, statementRange(c));
    } else if (ctx.while_stmt() != null) {
      While_stmtContext c = ctx.while_stmt();
      List<Stmt> body = block(c.block());
      List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
      return new While(namedExpression(c.named_expression()), body, orelse, statementRange(c));
    } else if (ctx.for_stmt() != null) {
      For_stmtContext c = ctx.for_stmt();
      Expr target = withContext(targets(c.targets()), ExprContext.Store);
      Expr iter = starExpressions(c.star_expressions());
      List<Stmt> body = block(c.block());
      List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
      Range range = statementRange(c);
      return c.ASYNC() == null
          ? new For(target, iter, body, orelse, null, range)
          : new AsyncFor(target, iter, body, orelse, null, range);
    } else if (ctx.with_stmt() != null) {
      With_stmtContext c = ctx.with_stmt();
      List<WithItem> items = new ArrayList<>();
      for (With_itemContext item : c.with_item()) {
        Expr vars = item.target() == null ? null : withContext(target(item.target()), ExprContext.Store);
        items.add(new WithItem(expression(item.expression()), vars, range(item)));
      }
      List<Stmt> body = block(c.block());
      Range range = statementRange(c);
      return c.ASYNC() == null ? new With(items, body, null, range) : new AsyncWith(items, body, null, range);
    } else if (ctx.try_stmt() != null) {
      return tryStatement(ctx.try_stmt());
    } else {
      return match(ctx.match_stmt());
    }
  }

  private List<Expr> decorators(List<DecoratorContext> decorators) {
    return map(decorators, d -> namedExpression(d.named_expression()));
  }

  private Stmt functionDef(Function_defContext c, List<Expr> decorators) {
    Arguments args = parameters(c.parameters(), c.LPAR().getSymbol(), c.RPAR().getSymbol());
    Expr returns = c.result == null ? null : expression(c.result);
    List<Stmt> body = block(c.block());
    Range range = statementRange(c);
    String name = identifier(c.NAME());
    return c.ASYNC() == null
        ? new FunctionDef(name, args, body, decorators, returns, null, range)
        : new AsyncFunctionDef(name, args, body, decorators, returns, null, range);
  }

  private Stmt classDef(Class_defContext c, List<Expr> decorators) {
    List<Expr> bases = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    if (c.arguments() != null) {
      callArguments(c.arguments(), bases, keywords, c.LPAR().getSymbol(), c.RPAR().getSymbol());
    }
    List<Stmt> body = block(c.block());
    return new ClassDef(identifier(c.NAME()), bases, keywords, body, decorators, statementRange(c));
  }

  private Stmt tryStatement(Try_stmtContext c) {
    List<Stmt> body = block(c.block());
    List<ExceptHandler> handlers = new ArrayList<>();
    for (Except_clauseContext e : c.except_clause()) {
      List<Stmt> handlerBody = block(e.block());
      handlers.add(new ExceptHandler(e.expression() == null ? null : expression(e.expression()),
          e.NAME() == null ? null : identifier(e.NAME()), handlerBody, statementRange(e)));
    }
    for (Except_star_clauseContext e : c.except_star_clause()) {
      List<Stmt> handlerBody = block(e.block());
      handlers.add(new ExceptHandler(expression(e.expression()),
          e.NAME() == null ? null : identifier(e.NAME()), handlerBody, statementRange(e)));
    }
    List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
    List<Stmt> finalbody = c.finally_clause() == null ? List.of() : block(c.finally_clause().block());
    Range range = statementRange(c);
    return c.except_star_clause().isEmpty()
        ? new Try(body, handlers, orelse, finalbody, range)
        : new TryStar(body, handlers, orelse, finalbody, range);
  }

  // ---- match statements and patterns

  private Stmt match(Match_stmtContext c) {
    Star_named_expressionsContext s = c.subject;
    Expr subject = s.COMMA().isEmpty()
        ? starNamedExpression(s.star_named_expression(0))
        : new Tuple(starNamedExpressions(s.star_named_expression()), ExprContext.Load, range(s));
    if (subject instanceof Starred) {
      throw error(subject, "can't use starred expression here");
    }
    List<MatchCase> cases = new ArrayList<>();
    for (Case_blockContext b : c.case_block()) {
      if (!b.NAME().getText().equals("case")) {
        throw error(b.NAME().getSymbol(), "invalid syntax");
      }
      Pattern pattern = patterns(b.patterns());
      Expr guard = b.named_expression() == null ? null : namedExpression(b.named_expression());
      List<Stmt> body = block(b.block());
      cases.add(new MatchCase(pattern, guard, body, statementRange(b)));
    }
    return new Match(subject, cases, statementRange(c));
  }

  private Pattern patterns(PatternsContext ctx) {
    List<Star_patternContext> items = ctx.star_pattern();
    if (items.size() == 1 && ctx.COMMA().isEmpty() && items.get(0).STAR() == null) {
      return pattern(items.get(0).pattern());
    }
    return new MatchSequence(starPatterns(items), range(ctx));
  }

  private List<Pattern> starPatterns(List<Star_patternContext> items) {
    List<Pattern> out = new ArrayList<>(items.size());
    for (Star_patternContext p : items) {
      if (p.STAR() != null) {
        String name = identifier(p.NAME());
        out.add(new MatchStar(name.equals("_") ? null : name, range(p)));
      } else {
        out.add(pattern(p.pattern()));
      }
    }
    return out;
  }

  private Pattern pattern(PatternContext ctx) {
    List<Closed_patternContext> alternatives = ctx.closed_pattern();
    Pattern pattern;
    if (alternatives.size() == 1) {
      pattern = closedPattern(alternatives.get(0));
    } else {
      List<Pattern> options = new ArrayList<>(alternatives.size());
      for (Closed_patternContext a : alternatives) {
        options.add(closedPattern(a));
      }
      pattern = new MatchOr(options, range(alternatives.get(0).start, last(alternatives).stop));
    }
    if (ctx.AS() != null) {
      String name = identifier(ctx.NAME());
      if (name.equals("_")) {
        throw error(ctx.NAME().getSymbol(), "cannot use '_' as a target");
      }
      return new MatchAs(pattern, name, range(ctx));
    }
    return pattern;
  }

  private Pattern closedPattern(Closed_patternContext ctx) {
    Range range = range(ctx);
    if (ctx instanceof LiteralPatternContext l) {
      Literal_patternContext lit = l.literal_pattern();
      Expr value = literalPattern(lit);
      if (lit.NONE() != null || lit.TRUE() != null || lit.FALSE() != null) {
        return new MatchSingleton(((Constant) value).value(), range);
      }
      return new MatchValue(value, range);
    } else if (ctx instanceof NamePatternContext n) {
      List<TerminalNode> names = n.NAME();
      if (n.LPAR() == null) {
        if (names.size() == 1) {
          String name = identifier(names.get(0));
          return new MatchAs(null, name.equals("_") ? null : name, range);
        }
        return new MatchValue(dottedValue(names), range);
      }
      List<Pattern> positional = new ArrayList<>();
      List<String> keywordNames = new ArrayList<>();
      List<Pattern> keywordPatterns = new ArrayList<>();
      if (n.class_pattern_args() != null) {
        for (Class_pattern_argContext arg : n.class_pattern_args().class_pattern_arg()) {
          Pattern p = pattern(arg.pattern());
          if (arg.NAME() != null) {
            keywordNames.add(identifier(arg.NAME()));
            keywordPatterns.add(p);
          } else if (!keywordNames.isEmpty()) {
            throw error(arg.start, "positional patterns follow keyword patterns");
          } else {
            positional.add(p);
          }
        }
      }
      return new MatchClass(dottedValue(names), positional, keywordNames, keywordPatterns, range);
    } else if (ctx instanceof GroupPatternContext g) {
      if (g.patterns() == null) {
        return new MatchSequence(List.of(), range);
      }
      PatternsContext inner = g.patterns();
      if (inner.star_pattern().size() == 1 && inner.COMMA().isEmpty() && inner.star_pattern(0).STAR() == null) {
        return pattern(inner.star_pattern(0).pattern());
      }
      return new MatchSequence(starPatterns(inner.star_pattern()), range);
    } else if (ctx instanceof SequencePatternContext s) {
      return new MatchSequence(s.patterns() == null ? List.of() : starPatterns(s.patterns().star_pattern()), range);
    }
    MappingPatternContext m = (MappingPatternContext) ctx;
    List<Expr> keys = new ArrayList<>();
    List<Pattern> values = new ArrayList<>();
    String rest = null;
    for (Mapping_entryContext e : m.mapping_entry()) {
      if (rest != null) {
        throw error(e.start, "double star pattern must be last in a mapping pattern");
      }
      if (e.DOUBLESTAR() != null) {
        rest = identifier(e.NAME(0));
      } else {
        keys.add(e.literal_pattern() != null ? literalPattern(e.literal_pattern()) : dottedValue(e.NAME()));
        values.add(pattern(e.pattern()));
      }
    }
    return new MatchMapping(keys, values, rest, range);
  }

  private Expr dottedValue(List<TerminalNode> names) {
    Expr value = new Name(identifier(names.get(0)), ExprContext.Load, range(names.get(0)));
    for (int i = 1; i < names.size(); i++) {
      value = new Attribute(value, identifier(names.get(i)), ExprContext.Load,
          range(names.get(0).getSymbol(), names.get(i).getSymbol()));
    }
    return value;
  }

  private Expr literalPattern(Literal_patternContext ctx) {
    Range range = range(ctx);
    if (ctx.NONE() != null) {
      return new Constant(null, null, range);
    } else if (ctx.TRUE() != null) {
      return new Constant(Boolean.TRUE, null, range);
    } else if (ctx.FALSE() != null) {
      return new Constant(Boolean.FALSE, null, range);
    } else if (!ctx.STRING().isEmpty()) {
      Expr value = strings(ctx.STRING());
      if (value instanceof JoinedStr) {
        throw error(value, "patterns may only match literals and attribute lookups");
      }
      return value;
    }
    Signed_numberContext signed = ctx.signed_number();
    Expr real = number(signed.NUMBER());
    if (signed.MINUS() != null) {
      real = new UnaryOp(UnaryOperator.USub, real, range(signed));
    }
    if (ctx.NUMBER() == null) {
      return real;
    }
    Expr imaginary = number(ctx.NUMBER());
    if (!(((Constant) imaginary).value() instanceof Imaginary)) {
      throw error(imaginary, "imaginary number required in complex literal");
    }
    return new BinOp(real, ctx.PLUS() != null ? Operator.Add : Operator.Sub, imaginary, range);
  }

  // ---- parameters and arguments

  private Arguments parameters(ParametersContext ctx, Token open, Token close) {
    ParameterList params = new ParameterList();
    if (ctx == null) {
      return params.arguments(close, range(open, close));
    }
    for (ParameterContext p : ctx.parameter()) {
      params.beforeParameter(p.start);
      if (p.SLASH() != null) {
        params.slash(p.start, false);
      } else if (p.STAR() != null) {
        params.star(p.start);
        if (p.NAME() != null) {
          Expr annotation = null;
          if (p.star_annotation() != null) {
            Star_annotationContext a = p.star_annotation();
            annotation = a.STAR() != null
                ? new Starred(arith(a.arith()), ExprContext.Load, range(a))
                : expression(a.expression());
          }
          params.varargs = new Arg(identifier(p.NAME()), annotation, null, range(p.NAME().getSymbol(), p.stop));
        }
      } else if (p.DOUBLESTAR() != null) {
        params.kwargs = new Arg(identifier(p.NAME()), p.annotation == null ? null : expression(p.annotation), null,
            range(p.NAME().getSymbol(), p.stop));
      } else {
        Token stop = p.annotation != null ? p.annotation.stop : p.NAME().getSymbol();
        Arg arg = new Arg(identifier(p.NAME()), p.annotation == null ? null : expression(p.annotation), null,
            range(p.NAME().getSymbol(), stop));
        params.named(p.start, arg, p.defaultValue == null ? null : expression(p.defaultValue));
      }
    }
    return params.arguments(ctx.stop, range(ctx));
  }

  private Arguments lambdaParameters(Lambda_parametersContext ctx, Token lambda) {
    ParameterList params = new ParameterList();
    if (ctx == null) {
      return params.arguments(lambda, range(lambda, lambda));
    }
    for (Lambda_parameterContext p : ctx.lambda_parameter()) {
      params.beforeParameter(p.start);
      if (p.SLASH() != null) {
        params.slash(p.start, true);
      } else if (p.STAR() != null) {
        params.star(p.start);
        if (p.NAME() != null) {
          params.varargs = new Arg(identifier(p.NAME()), null, null, range(p.NAME()));
        }
      } else if (p.DOUBLESTAR() != null) {
        params.kwargs = new Arg(identifier(p.NAME()), null, null, range(p.NAME()));
      } else {
        Arg arg = new Arg(identifier(p.NAME()), null, null, range(p.NAME()));
        params.named(p.start, arg, p.expression() == null ? null : expression(p.expression()));
      }
    }
    return params.arguments(ctx.stop, range(ctx));
  }

  /**
   * The parameters of a def or a lambda, collected in source order with CPython's checks on their order (the same
   * for both but for a misplaced {@code /}, which a lambda reports in one sentence).
   */
  private final class ParameterList {
    private final List<Arg> positionalOnly = new ArrayList<>();
    private final List<Arg> positional = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arg> keywordOnly = new ArrayList<>();
    private final List<Expr> keywordDefaults = new ArrayList<>();
    /** Set by the caller, which builds them. */
    Arg varargs;
    Arg kwargs;
    private boolean afterStar;
    private boolean afterSlash;

    /** Checks that a parameter may start at {@code at}: nothing follows {@code **kwargs}. */
    void beforeParameter(Token at) {
      if (kwargs != null) {
        throw error(at, "arguments cannot follow var-keyword argument");
      }
    }

    /** A {@code /}: the parameters so far become positional-only. */
    void slash(Token at, boolean lambda) {
      String misplaced = afterSlash ? "/ may appear only once"
          : afterStar ? "/ must be ahead of *"
          : positional.isEmpty() ? "at least one argument must precede /"
          : null;
      if (misplaced != null) {
        throw error(at, lambda ? "invalid position for / in lambda parameters" : misplaced);
      }
      positionalOnly.addAll(positional);
      positional.clear();
      afterSlash = true;
    }

    /** A {@code *} or {@code *args}: the parameters after it are keyword-only. */
    void star(Token at) {
      if (afterStar) {
        throw error(at, "* argument may appear only once");
      }
      afterStar = true;
    }

    /** A named parameter, with its default value or null. */
    void named(Token at, Arg arg, Expr defaultValue) {
      if (afterStar) {
        keywordOnly.add(arg);
        keywordDefaults.add(defaultValue);
        return;
      }
      if (defaultValue != null) {
        defaults.add(defaultValue);
      } else if (!defaults.isEmpty()) {
        throw error(at, "non-default argument follows default argument");
      }
      positional.add(arg);
    }

    /** The parameters read, {@code end} being where a bare {@code *} with nothing after it is reported. */
    Arguments arguments(Token end, Range range) {
      if (afterStar && varargs == null && keywordOnly.isEmpty()) {
        throw error(end, "named arguments must follow bare *");
      }
      return new Arguments(positionalOnly, positional, varargs, keywordOnly, keywordDefaults, kwargs, defaults, range);
    }
  }

  /** Splits call arguments; a lone generator argument takes the call's parentheses as its range, as in CPython. */
  private void callArguments(ArgumentsContext ctx, List<Expr> args, List<Keyword> keywords, Token open,
      Token close) {
    boolean keywordUnpacking = false;
    List<ArgumentContext> all = ctx.argument();
    for (ArgumentContext a : all) {
      if (a.EQUAL() != null) {
        keywords.add(new Keyword(identifier(a.NAME()), expression(a.expression()), range(a)));
      } else if (a.DOUBLESTAR() != null) {
        keywords.add(new Keyword(null, expression(a.expression()), range(a)));
        keywordUnpacking = true;
      } else if (a.STAR() != null) {
        if (keywordUnpacking) {
          throw error(a.start, "iterable argument unpacking follows keyword argument unpacking");
        }
        args.add(new Starred(expression(a.expression()), ExprContext.Load, range(a)));
      } else {
        if (!keywords.isEmpty()) {
          throw error(a.start, keywordUnpacking
              ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument");
        }
        Expr value = namedExpression(a.named_expression());
        if (a.comp_for() != null) {
          if (all.size() > 1) {
            throw error(a.start, "Generator expression must be parenthesized");
          }
          value = new GeneratorExp(value, comprehension(a.comp_for()), range(open, close));
        }
        args.add(value);
      }
    }
  }

  // ---- expressions

  private Expr targets(TargetsContext ctx) {
    List<TargetContext> items = ctx.target();
    if (items.size() == 1 && ctx.COMMA().isEmpty()) {
      return target(items.get(0));
    }
    return new Tuple(map(items, this::target), ExprContext.Load, range(ctx));
  }

  private Expr target(TargetContext ctx) {
    Expr value = arith(ctx.arith());
    return ctx.STAR() == null ? value : new Starred(value, ExprContext.Load, range(ctx));
  }

  private Expr starExpressions(Star_expressionsContext ctx) {
    List<Star_expressionContext> items = ctx.star_expression();
    if (items.size() == 1 && ctx.COMMA().isEmpty()) {
      Expr only = starExpression(items.get(0));
      if (only instanceof Starred) {
        throw error(only, "can't use starred expression here");
      }
      return only;
    }
    return new Tuple(map(items, this::starExpression), ExprContext.Load, range(ctx));
  }

  private Expr starExpression(Star_expressionContext ctx) {
    return ctx.STAR() != null
        ? new Starred(arith(ctx.arith()), ExprContext.Load, range(ctx))
        : expression(ctx.expression());
  }

  private List<Expr> starNamedExpressions(List<Star_named_expressionContext> items) {
    return map(items, this::starNamedExpression);
  }

  private Expr starNamedExpression(Star_named_expressionContext ctx) {
    return ctx.STAR() != null
        ? new Starred(arith(ctx.arith()), ExprContext.Load, range(ctx))
        : namedExpression(ctx.named_expression());
  }

  private Expr namedExpression(Named_expressionContext ctx) {
    if (ctx.WALRUS() == null) {
      return expression(ctx.expression());
    }
    Name target = new Name(identifier(ctx.NAME()), ExprContext.Store, range(ctx.NAME()));
    return new NamedExpr(target, expression(ctx.expression()), range(ctx));
  }

  Expr expression(ExpressionContext ctx) {
    if (ctx.lambda_def() != null) {
      Lambda_defContext l = ctx.lambda_def();
      return new Lambda(lambdaParameters(l.lambda_parameters(), l.start), expression(l.expression()), range(l));
    }
    Expr body = disjunction(ctx.disjunction(0));
    if (ctx.IF() == null) {
      return body;
    }
    return new IfExp(disjunction(ctx.disjunction(1)), body, expression(ctx.expression()), range(ctx));
  }

  private Expr disjunction(DisjunctionContext ctx) {
    return boolOp(BoolOperator.Or, map(ctx.conjunction(), this::conjunction), ctx);
  }

  private Expr conjunction(ConjunctionContext ctx) {
    return boolOp(BoolOperator.And, map(ctx.inversion(), this::inversion), ctx);
  }

  /** The one operand as it is, or the operands joined by {@code op}. */
  private Expr boolOp(BoolOperator op, List<Expr> operands, ParserRuleContext ctx) {
    return operands.size() == 1 ? operands.get(0) : new BoolOp(op, operands, range(ctx));
  }

  private Expr inversion(InversionContext ctx) {
    if (ctx.NOT() != null) {
      return new UnaryOp(UnaryOperator.Not, inversion(ctx.inversion()), range(ctx));
    }
    ComparisonContext c = ctx.comparison();
    List<ArithContext> operands = c.arith();
    Expr left = arith(operands.get(0));
    if (operands.size() == 1) {
      return left;
    }
    List<CmpOperator> ops = new ArrayList<>(operands.size() - 1);
    List<Expr> comparators = new ArrayList<>(operands.size() - 1);
    for (int i = 1; i < operands.size(); i++) {
      ops.add(comparisonOperator(c.comp_op(i - 1)));
      comparators.add(arith(operands.get(i)));
    }
    return new Compare(left, ops, comparators, range(c));
  }

  private static CmpOperator comparisonOperator(Comp_opContext ctx) {
    switch (ctx.start.getType()) {
      case Py311Lexer.EQEQUAL:
        return CmpOperator.Eq;
      case Py311Lexer.NOTEQUAL:
        return CmpOperator.NotEq;
      case Py311Lexer.LESS:
        return CmpOperator.Lt;
      case Py311Lexer.LESSEQUAL:
        return CmpOperator.LtE;
      case Py311Lexer.GREATER:
        return CmpOperator.Gt;
      case Py311Lexer.GREATEREQUAL:
        return CmpOperator.GtE;
      case Py311Lexer.IN:
        return CmpOperator.In;
      case Py311Lexer.NOT:
        return CmpOperator.NotIn;
      default:
        return ctx.NOT() != null ? CmpOperator.IsNot : CmpOperator.Is;
    }
  }

  private Expr arith(ArithContext ctx) {
    if (ctx instanceof AtomExprContext a) {
      return atom(a.atom());
    } else if (ctx instanceof AttributeExprContext a) {
      return new Attribute(arith(a.arith()), identifier(a.NAME()), ExprContext.Load, range(a));
    } else if (ctx instanceof CallExprContext c) {
      List<Expr> args = new ArrayList<>();
      List<Keyword> keywords = new ArrayList<>();
      if (c.arguments() != null) {
        callArguments(c.arguments(), args, keywords, c.LPAR().getSymbol(), c.RPAR().getSymbol());
      }
      return new Call(arith(c.arith()), args, keywords, range(c));
    } else if (ctx instanceof SubscriptExprContext s) {
      return new Subscript(arith(s.arith()), slices(s.slices()), ExprContext.Load, range(s));
    } else if (ctx instanceof BinaryExprContext b) {
      Token op = ((TerminalNode) b.getChild(1)).getSymbol();
      return new BinOp(arith(b.arith(0)), Operator.ofSymbol(op.getText()), arith(b.arith(1)), range(b));
    } else if (ctx instanceof UnaryExprContext u) {
      UnaryOperator op = switch (u.op.getType()) {
        case Py311Lexer.PLUS -> UnaryOperator.UAdd;
        case Py311Lexer.MINUS -> UnaryOperator.USub;
        default -> UnaryOperator.Invert;
      };
      return new UnaryOp(op, arith(u.arith()), range(u));
    }
    AwaitExprContext a = (AwaitExprContext) ctx;
    return new Await(arith(a.arith()), range(a));
  }

  private Expr slices(SlicesContext ctx) {
    List<SliceContext> items = ctx.slice();
    if (items.size() == 1 && ctx.COMMA().isEmpty() && items.get(0).STAR() == null) {
      return slice(items.get(0));
    }
    return new Tuple(map(items, this::slice), ExprContext.Load, range(ctx));
  }

  private Expr slice(SliceContext ctx) {
    if (ctx.STAR() != null) {
      return new Starred(arith(ctx.arith()), ExprContext.Load, range(ctx));
    }
    if (ctx.COLON().isEmpty()) {
      return namedExpression(ctx.named_expression());
    }
    Expr lower = null;
    if (ctx.named_expression() != null) {
      lower = namedExpression(ctx.named_expression());
      if (lower instanceof NamedExpr) {
        throw error(lower, "invalid syntax");
      }
    }
    Expr upper = null;
    Expr step = null;
    int colons = 0;
    for (int i = 0; i < ctx.getChildCount(); i++) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof TerminalNode) {
        colons++;
      } else if (child instanceof ExpressionContext e) {
        if (colons == 1) {
          upper = expression(e);
        } else {
          step = expression(e);
        }
      }
    }
    return new Slice(lower, upper, step, range(ctx));
  }

  private Expr atom(AtomContext ctx) {
    Range range = range(ctx);
    if (ctx instanceof NameAtomContext n) {
      return new Name(identifier(n.NAME()), ExprContext.Load, range);
    } else if (ctx instanceof NumberAtomContext n) {
      return number(n.NUMBER());
    } else if (ctx instanceof StringAtomContext s) {
      return strings(s.STRING());
    } else if (ctx instanceof KeywordAtomContext k) {
      Object value = switch (k.start.getType()) {
        case Py311Lexer.TRUE -> Boolean.TRUE;
        case Py311Lexer.FALSE -> Boolean.FALSE;
        case Py311Lexer.ELLIPSIS -> io.tprog.grammar.ast.Ellipsis.INSTANCE;
        default -> null;
      };
      return new Constant(value, null, range);
    } else if (ctx instanceof ParenAtomContext p) {
      if (p.yield_expr() != null) {
        return yieldExpression(p.yield_expr());
      }
      List<Star_named_expressionContext> items = p.star_named_expression();
      if (items.isEmpty()) {
        return new Tuple(List.of(), ExprContext.Load, range);
      }
      if (p.comp_for() != null) {
        Expr element = starNamedExpression(items.get(0));
        if (element instanceof Starred) {
          throw error(element, "iterable unpacking cannot be used in comprehension");
        }
        return new GeneratorExp(element, comprehension(p.comp_for()), range);
      }
      if (items.size() == 1 && p.COMMA().isEmpty()) {
        Expr only = starNamedExpression(items.get(0));
        if (only instanceof Starred) {
          throw error(only, "cannot use starred expression here");
        }
        return only;
      }
      return new Tuple(starNamedExpressions(items), ExprContext.Load, range);
    } else if (ctx instanceof ListAtomContext l) {
      List<Star_named_expressionContext> items = l.star_named_expression();
      if (l.comp_for() != null) {
        Expr element = starNamedExpression(items.get(0));
        if (element instanceof Starred) {
          throw error(element, "iterable unpacking cannot be used in comprehension");
        }
        return new ListComp(element, comprehension(l.comp_for()), range);
      }
      return new ListExpr(starNamedExpressions(items), ExprContext.Load, range);
    }
    Dict_or_setContext d = ((BraceAtomContext) ctx).dict_or_set();
    if (d == null) {
      return new Dict(List.of(), List.of(), range);
    }
    return dictOrSet(d, range);
  }

  private Expr dictOrSet(Dict_or_setContext ctx, Range range) {
    List<Dict_or_set_itemContext> items = ctx.dict_or_set_item();
    Dict_or_set_itemContext first = items.get(0);
    boolean isDict = first.DOUBLESTAR() != null || first.COLON() != null;
    if (ctx.comp_for() != null) {
      List<Comprehension> generators = comprehension(ctx.comp_for());
      if (first.DOUBLESTAR() != null) {
        throw error(first.start, "dict unpacking cannot be used in dict comprehension");
      } else if (first.STAR() != null) {
        throw error(first.start, "iterable unpacking cannot be used in comprehension");
      } else if (isDict) {
        return new DictComp(namedExpression(first.named_expression()), expression(first.expression()), generators,
            range);
      }
      return new SetComp(namedExpression(first.named_expression()), generators, range);
    }
    if (isDict) {
      List<Expr> keys = new ArrayList<>(items.size());
      List<Expr> values = new ArrayList<>(items.size());
      for (Dict_or_set_itemContext item : items) {
        if (item.DOUBLESTAR() != null) {
          keys.add(null);
          values.add(arith(item.arith()));
        } else if (item.COLON() != null) {
          Expr key = namedExpression(item.named_expression());
          if (key instanceof NamedExpr) {
            throw error(key, "invalid syntax");
          }
          keys.add(key);
          values.add(expression(item.expression()));
        } else {
          throw error(item.stop, "':' expected after dictionary key");
        }
      }
      return new Dict(keys, values, range);
    }
    List<Expr> elements = new ArrayList<>(items.size());
    for (Dict_or_set_itemContext item : items) {
      if (item.DOUBLESTAR() != null || item.COLON() != null) {
        throw error(item.start, "invalid syntax");
      }
      elements.add(item.STAR() != null
          ? new Starred(arith(item.arith()), ExprContext.Load, range(item))
          : namedExpression(item.named_expression()));
    }
    return new SetExpr(elements, range);
  }

  private List<Comprehension> comprehension(Comp_forContext ctx) {
    List<Comprehension> out = new ArrayList<>(ctx.comp_clause().size());
    for (Comp_clauseContext c : ctx.comp_clause()) {
      List<DisjunctionContext> parts = c.disjunction();
      Expr target = withContext(targets(c.targets()), ExprContext.Store);
      Expr iter = disjunction(parts.get(0));
      List<Expr> ifs = new ArrayList<>(parts.size() - 1);
      for (int i = 1; i < parts.size(); i++) {
        ifs.add(disjunction(parts.get(i)));
      }
      out.add(new Comprehension(target, iter, ifs, c.ASYNC() == null ? 0 : 1, range(c)));
    }
    return out;
  }

  private Expr yieldExpression(Yield_exprContext ctx) {
    Range range = range(ctx);
    if (ctx.FROM() != null) {
      return new YieldFrom(expression(ctx.expression()), range);
    }
    return new Yield(ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions()), range);
  }

  Expr fstringField(Fstring_fieldContext ctx) {
    if (ctx.star_expressions() != null && !ctx.star_expressions().COMMA().isEmpty()) {
      // CPython parses the field inside the parentheses it adds, so a bare tuple's range includes them.
      Tuple t = (Tuple) starExpressions(ctx.star_expressions());
      return new Tuple(t.elts(), t.ctx(), range(ctx.LPAR().getSymbol(), ctx.RPAR().getSymbol()));
    }
    return ctx.yield_expr() != null ? yieldExpression(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
  }

  private Expr number(TerminalNode token) {
    Object value = Literals.number(token.getText());
    if (value == null) {
      throw error(token.getSymbol(),
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
    return new Constant(value, null, range(token));
  }

  // ---- strings and f-strings

  private Expr strings(List<TerminalNode> tokens) {
    Range range = range(tokens.get(0).getSymbol(), last(tokens).getSymbol());
    String firstPrefix = Literals.prefix(tokens.get(0).getText());
    boolean bytes = firstPrefix.indexOf('b') >= 0;
    boolean anyFormatted = false;
    for (TerminalNode t : tokens) {
      String prefix = Literals.prefix(t.getText());
      if ((prefix.indexOf('b') >= 0) != bytes) {
        throw error(t.getSymbol(), "cannot mix bytes and nonbytes literals");
      }
      anyFormatted |= prefix.indexOf('f') >= 0;
    }
    try {
      if (bytes) {
        if (tokens.size() == 1) {
          return new Constant(bytesValue(tokens.get(0).getText()), null, range);
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (TerminalNode t : tokens) {
          all.writeBytes(bytesValue(t.getText()).toByteArray());
        }
        return new Constant(new Bytes(all.toByteArray()), null, range);
      }
      String kind = firstPrefix.indexOf('u') >= 0 ? "u" : null;
      if (!anyFormatted) {
        if (tokens.size() == 1) {
          return new Constant(stringValue(tokens.get(0).getText()), kind, range);
        }
        StringBuilder all = new StringBuilder();
        for (TerminalNode t : tokens) {
          all.append(stringValue(t.getText()));
        }
        return new Constant(all.toString(), kind, range);
      }
      List<Expr> values = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      for (TerminalNode t : tokens) {
        String text = t.getText();
        if (Literals.prefix(text).indexOf('f') < 0) {
          literal.append(stringValue(text));
        } else {
          new FString(t.getSymbol(), range).parse(values, literal);
        }
      }
      flushLiteral(values, literal, range);
      return new JoinedStr(values, range);
    } catch (Literals.BadEscape e) {
      throw error(tokens.get(0).getSymbol(), e.getMessage());
    }
  }

  private static Bytes bytesValue(String token) throws Literals.BadEscape {
    String prefix = Literals.prefix(token);
    return Literals.decodeBytes(token.substring(Literals.bodyStart(token), Literals.bodyEnd(token)),
        prefix.indexOf('r') >= 0);
  }

  private static String stringValue(String token) throws Literals.BadEscape {
    String prefix = Literals.prefix(token);
    return Literals.decodeString(token.substring(Literals.bodyStart(token), Literals.bodyEnd(token)),
        prefix.indexOf('r') >= 0);
  }

  private static void flushLiteral(List<Expr> values, StringBuilder literal, Range range) {
    if (literal.length() > 0) {
      values.add(new Constant(literal.toString(), null, range));
      literal.setLength(0);
    }
  }

  /** One f-string token: splits its body into literal text and replacement fields, as CPython 3.11 does. */
  private final class FString {
    private final Token token;
    private final Range range;
    private final String text;
    private final boolean raw;
    private final int bodyEnd;
    private int pos;

    FString(Token token, Range range) {
      this.token = token;
      this.range = range;
      this.text = token.getText();
      this.raw = Literals.prefix(text).indexOf('r') >= 0;
      this.pos = Literals.bodyStart(text);
      this.bodyEnd = Literals.bodyEnd(text);
    }

    void parse(List<Expr> values, StringBuilder literal) throws Literals.BadEscape {
      parseUntil(values, literal, false, 0);
    }

    /** Reads literal text and fields up to the end of the body, or up to the '}' closing a format spec. */
    private void parseUntil(List<Expr> values, StringBuilder literal, boolean inSpec, int depth)
        throws Literals.BadEscape {
      StringBuilder chunk = new StringBuilder();
      while (pos < bodyEnd) {
        char c = text.charAt(pos);
        if (c == '{') {
          if (!inSpec && pos + 1 < bodyEnd && text.charAt(pos + 1) == '{') {
            chunk.append('{');
            pos += 2;
            continue;
          }
          literal.append(Literals.decodeString(chunk.toString(), raw));
          chunk.setLength(0);
          field(values, literal, depth);
        } else if (c == '}') {
          if (inSpec) {
            break;
          }
          if (pos + 1 < bodyEnd && text.charAt(pos + 1) == '}') {
            chunk.append('}');
            pos += 2;
            continue;
          }
          throw fail("f-string: single '}' is not allowed");
        } else if (c == '\\' && !raw && pos + 1 < bodyEnd) {
          char next = text.charAt(pos + 1);
          if (next == 'N' && pos + 2 < bodyEnd && text.charAt(pos + 2) == '{') {
            int close = text.indexOf('}', pos);
            if (close < 0 || close >= bodyEnd) {
              throw fail("(unicode error) malformed \\N character escape");
            }
            chunk.append(text, pos, close + 1);
            pos = close + 1;
          } else if (next == '{' || next == '}') {
            chunk.append(c);
            pos++;
          } else {
            chunk.append(c).append(next);
            pos += 2;
          }
        } else {
          chunk.append(c);
          pos++;
        }
      }
      literal.append(Literals.decodeString(chunk.toString(), raw));
    }

    private void field(List<Expr> values, StringBuilder literal, int depth) throws Literals.BadEscape {
      if (depth >= 2) {
        throw fail("f-string: expressions nested too deeply");
      }
      int start = ++pos;
      int nesting = 0;
      char quote = 0;
      boolean tripleQuote = false;
      int end = -1;
      while (pos < bodyEnd) {
        char c = text.charAt(pos);
        if (c == '\\') {
          throw fail("f-string expression part cannot include a backslash");
        }
        if (quote != 0) {
          if (c == quote && (!tripleQuote || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
            pos += tripleQuote ? 3 : 1;
            quote = 0;
            continue;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          tripleQuote = text.startsWith(String.valueOf(c).repeat(3), pos);
          pos += tripleQuote ? 3 : 1;
          continue;
        } else if (c == '(' || c == '[' || c == '{') {
          nesting++;
        } else if (c == ')' || c == ']' || c == '}') {
          if (nesting == 0) {
            if (c != '}') {
              throw fail("f-string: unmatched '" + c + "'");
            }
            end = pos;
            break;
          }
          nesting--;
        } else if (c == '#') {
          throw fail("f-string expression part cannot include '#'");
        } else if (nesting == 0 && c == '!' && !(pos + 1 < bodyEnd && text.charAt(pos + 1) == '=')) {
          end = pos;
          break;
        } else if (nesting == 0 && c == ':') {
          end = pos;
          break;
        } else if (nesting == 0 && c == '=' && pos + 1 < bodyEnd && text.charAt(pos + 1) != '='
            && "=!<>".indexOf(text.charAt(pos - 1)) < 0) {
          end = pos;
          break;
        } else if ((c == '=' || c == '!' || c == '<' || c == '>') && pos + 1 < bodyEnd && text.charAt(pos + 1) == '=') {
          pos += 2;
          continue;
        }
        pos++;
      }
      if (quote != 0) {
        throw fail("f-string: unterminated string");
      }
      if (end < 0) {
        throw fail("f-string: expecting '}'");
      }
      String source = text.substring(start, end);
      if (source.isBlank()) {
        throw fail("f-string: empty expression not allowed");
      }
      Expr value = parseField(source, start);
      boolean documented = false;
      if (text.charAt(pos) == '=') {
        pos++;
        while (pos < bodyEnd && Character.isWhitespace(text.charAt(pos))) {
          pos++;
        }
        literal.append(text, start, pos);
        documented = true;
      }
      int conversion = CONVERSION_NONE;
      if (pos < bodyEnd && text.charAt(pos) == '!') {
        if (pos + 1 >= bodyEnd || "sra".indexOf(text.charAt(pos + 1)) < 0) {
          throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = text.charAt(pos + 1);
        pos += 2;
      }
      Expr spec = null;
      if (pos < bodyEnd && text.charAt(pos) == ':') {
        pos++;
        List<Expr> specValues = new ArrayList<>();
        StringBuilder specLiteral = new StringBuilder();
        parseUntil(specValues, specLiteral, true, depth + 1);
        flushLiteral(specValues, specLiteral, range);
        spec = new JoinedStr(specValues, range);
      }
      if (pos >= bodyEnd || text.charAt(pos) != '}') {
        throw fail("f-string: expecting '}'");
      }
      pos++;
      if (documented && conversion == CONVERSION_NONE && spec == null) {
        conversion = 'r';
      }
      flushLiteral(values, literal, range);
      values.add(new FormattedValue(value, conversion, spec, range));
    }

    private Expr parseField(String source, int offset) {
      int line = token.getLine();
      int column = token.getCharPositionInLine();
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 0;
        } else if (!Character.isLowSurrogate(text.charAt(i))) {
          column++;
        }
      }
      int outerLine = AstBuilder.this.line(line);
      int outerColumn = codePointColumn(line, column);
      return PythonParser.parseField(source, columns, outerLine - 1, outerColumn - 1);
    }

    private PythonSyntaxException fail(String message) {
      return error(token, message);
    }
  }

  /** A builder for an f-string field whose positions are shifted into the enclosing source. */
  static AstBuilder forField(Columns columns, int lineShift, int columnShift) {
    return new AstBuilder(columns, lineShift, columnShift);
  }
}
