package io.tprog.grammar.ast;

/** Visits every child in source order and returns the first non-null result; override a method to act on one node type. */
public class VisitorAdapter<R, A> implements Visitor<R, A> {
  @Override
  public R visit(Module node, A arg) {
    R result;
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (TypeIgnore child : node.typeIgnores()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(FunctionDef node, A arg) {
    R result;
    result = node.args().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Expr child : node.decoratorList()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.returns() != null) {
      result = node.returns().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(AsyncFunctionDef node, A arg) {
    R result;
    result = node.args().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Expr child : node.decoratorList()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.returns() != null) {
      result = node.returns().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(ClassDef node, A arg) {
    R result;
    for (Expr child : node.bases()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Keyword child : node.keywords()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Expr child : node.decoratorList()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Return node, A arg) {
    R result;
    if (node.value() != null) {
      result = node.value().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Delete node, A arg) {
    R result;
    for (Expr child : node.targets()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Assign node, A arg) {
    R result;
    for (Expr child : node.targets()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(AugAssign node, A arg) {
    R result;
    result = node.target().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(AnnAssign node, A arg) {
    R result;
    result = node.target().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.annotation().accept(this, arg);
    if (result != null) {
      return result;
    }
    if (node.value() != null) {
      result = node.value().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(For node, A arg) {
    R result;
    result = node.target().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.iter().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.orelse()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(AsyncFor node, A arg) {
    R result;
    result = node.target().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.iter().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.orelse()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(While node, A arg) {
    R result;
    result = node.test().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.orelse()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(If node, A arg) {
    R result;
    result = node.test().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.orelse()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(With node, A arg) {
    R result;
    for (WithItem child : node.items()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(AsyncWith node, A arg) {
    R result;
    for (WithItem child : node.items()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Match node, A arg) {
    R result;
    result = node.subject().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (MatchCase child : node.cases()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Raise node, A arg) {
    R result;
    if (node.exc() != null) {
      result = node.exc().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.cause() != null) {
      result = node.cause().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Try node, A arg) {
    R result;
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (ExceptHandler child : node.handlers()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.orelse()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.finalbody()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(TryStar node, A arg) {
    R result;
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (ExceptHandler child : node.handlers()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.orelse()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.finalbody()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Assert node, A arg) {
    R result;
    result = node.test().accept(this, arg);
    if (result != null) {
      return result;
    }
    if (node.msg() != null) {
      result = node.msg().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Import node, A arg) {
    R result;
    for (Alias child : node.names()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(ImportFrom node, A arg) {
    R result;
    for (Alias child : node.names()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Global node, A arg) {
    return null;
  }

  @Override
  public R visit(Nonlocal node, A arg) {
    return null;
  }

  @Override
  public R visit(ExprStmt node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Pass node, A arg) {
    return null;
  }

  @Override
  public R visit(Break node, A arg) {
    return null;
  }

  @Override
  public R visit(Continue node, A arg) {
    return null;
  }

  @Override
  public R visit(BoolOp node, A arg) {
    R result;
    for (Expr child : node.values()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(NamedExpr node, A arg) {
    R result;
    result = node.target().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(BinOp node, A arg) {
    R result;
    result = node.left().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.right().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(UnaryOp node, A arg) {
    R result;
    result = node.operand().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Lambda node, A arg) {
    R result;
    result = node.args().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.body().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(IfExp node, A arg) {
    R result;
    result = node.test().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.body().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.orelse().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Dict node, A arg) {
    R result;
    for (Expr child : node.keys()) {
      if (child == null) {
        continue;
      }
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Expr child : node.values()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(SetExpr node, A arg) {
    R result;
    for (Expr child : node.elts()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(ListComp node, A arg) {
    R result;
    result = node.elt().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Comprehension child : node.generators()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(SetComp node, A arg) {
    R result;
    result = node.elt().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Comprehension child : node.generators()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(DictComp node, A arg) {
    R result;
    result = node.key().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Comprehension child : node.generators()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(GeneratorExp node, A arg) {
    R result;
    result = node.elt().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Comprehension child : node.generators()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Await node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Yield node, A arg) {
    R result;
    if (node.value() != null) {
      result = node.value().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(YieldFrom node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Compare node, A arg) {
    R result;
    result = node.left().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Expr child : node.comparators()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Call node, A arg) {
    R result;
    result = node.func().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Expr child : node.args()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Keyword child : node.keywords()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(FormattedValue node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    if (node.formatSpec() != null) {
      result = node.formatSpec().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(JoinedStr node, A arg) {
    R result;
    for (Expr child : node.values()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Constant node, A arg) {
    return null;
  }

  @Override
  public R visit(Attribute node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Subscript node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.slice().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Starred node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Name node, A arg) {
    return null;
  }

  @Override
  public R visit(ListExpr node, A arg) {
    R result;
    for (Expr child : node.elts()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Tuple node, A arg) {
    R result;
    for (Expr child : node.elts()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Slice node, A arg) {
    R result;
    if (node.lower() != null) {
      result = node.lower().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.upper() != null) {
      result = node.upper().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.step() != null) {
      result = node.step().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Comprehension node, A arg) {
    R result;
    result = node.target().accept(this, arg);
    if (result != null) {
      return result;
    }
    result = node.iter().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Expr child : node.ifs()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(ExceptHandler node, A arg) {
    R result;
    if (node.type() != null) {
      result = node.type().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Arguments node, A arg) {
    R result;
    for (Arg child : node.posonlyargs()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Arg child : node.args()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.vararg() != null) {
      result = node.vararg().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Arg child : node.kwonlyargs()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Expr child : node.kwDefaults()) {
      if (child == null) {
        continue;
      }
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    if (node.kwarg() != null) {
      result = node.kwarg().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Expr child : node.defaults()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Arg node, A arg) {
    R result;
    if (node.annotation() != null) {
      result = node.annotation().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(Keyword node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(Alias node, A arg) {
    return null;
  }

  @Override
  public R visit(WithItem node, A arg) {
    R result;
    result = node.contextExpr().accept(this, arg);
    if (result != null) {
      return result;
    }
    if (node.optionalVars() != null) {
      result = node.optionalVars().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(MatchCase node, A arg) {
    R result;
    result = node.pattern().accept(this, arg);
    if (result != null) {
      return result;
    }
    if (node.guard() != null) {
      result = node.guard().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Stmt child : node.body()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(MatchValue node, A arg) {
    R result;
    result = node.value().accept(this, arg);
    if (result != null) {
      return result;
    }
    return null;
  }

  @Override
  public R visit(MatchSingleton node, A arg) {
    return null;
  }

  @Override
  public R visit(MatchSequence node, A arg) {
    R result;
    for (Pattern child : node.patterns()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(MatchMapping node, A arg) {
    R result;
    for (Expr child : node.keys()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Pattern child : node.patterns()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(MatchClass node, A arg) {
    R result;
    result = node.cls().accept(this, arg);
    if (result != null) {
      return result;
    }
    for (Pattern child : node.patterns()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    for (Pattern child : node.kwdPatterns()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(MatchStar node, A arg) {
    return null;
  }

  @Override
  public R visit(MatchAs node, A arg) {
    R result;
    if (node.pattern() != null) {
      result = node.pattern().accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(MatchOr node, A arg) {
    R result;
    for (Pattern child : node.patterns()) {
      result = child.accept(this, arg);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public R visit(TypeIgnore node, A arg) {
    return null;
  }
}
