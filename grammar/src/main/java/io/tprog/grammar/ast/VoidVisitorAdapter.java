package io.tprog.grammar.ast;

/** Visits every child of every node in source order; override a method to act on one node type. */
public class VoidVisitorAdapter<A> implements VoidVisitor<A> {
  @Override
  public void visit(Module node, A arg) {
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (TypeIgnore child : node.typeIgnores()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(FunctionDef node, A arg) {
    node.args().accept(this, arg);
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Expr child : node.decoratorList()) {
      child.accept(this, arg);
    }
    if (node.returns() != null) {
      node.returns().accept(this, arg);
    }
  }

  @Override
  public void visit(AsyncFunctionDef node, A arg) {
    node.args().accept(this, arg);
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Expr child : node.decoratorList()) {
      child.accept(this, arg);
    }
    if (node.returns() != null) {
      node.returns().accept(this, arg);
    }
  }

  @Override
  public void visit(ClassDef node, A arg) {
    for (Expr child : node.bases()) {
      child.accept(this, arg);
    }
    for (Keyword child : node.keywords()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Expr child : node.decoratorList()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Return node, A arg) {
    if (node.value() != null) {
      node.value().accept(this, arg);
    }
  }

  @Override
  public void visit(Delete node, A arg) {
    for (Expr child : node.targets()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Assign node, A arg) {
    for (Expr child : node.targets()) {
      child.accept(this, arg);
    }
    node.value().accept(this, arg);
  }

  @Override
  public void visit(AugAssign node, A arg) {
    node.target().accept(this, arg);
    node.value().accept(this, arg);
  }

  @Override
  public void visit(AnnAssign node, A arg) {
    node.target().accept(this, arg);
    node.annotation().accept(this, arg);
    if (node.value() != null) {
      node.value().accept(this, arg);
    }
  }

  @Override
  public void visit(For node, A arg) {
    node.target().accept(this, arg);
    node.iter().accept(this, arg);
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.orelse()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(AsyncFor node, A arg) {
    node.target().accept(this, arg);
    node.iter().accept(this, arg);
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.orelse()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(While node, A arg) {
    node.test().accept(this, arg);
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.orelse()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(If node, A arg) {
    node.test().accept(this, arg);
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.orelse()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(With node, A arg) {
    for (WithItem child : node.items()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(AsyncWith node, A arg) {
    for (WithItem child : node.items()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Match node, A arg) {
    node.subject().accept(this, arg);
    for (MatchCase child : node.cases()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Raise node, A arg) {
    if (node.exc() != null) {
      node.exc().accept(this, arg);
    }
    if (node.cause() != null) {
      node.cause().accept(this, arg);
    }
  }

  @Override
  public void visit(Try node, A arg) {
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (ExceptHandler child : node.handlers()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.orelse()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.finalbody()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(TryStar node, A arg) {
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
    for (ExceptHandler child : node.handlers()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.orelse()) {
      child.accept(this, arg);
    }
    for (Stmt child : node.finalbody()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Assert node, A arg) {
    node.test().accept(this, arg);
    if (node.msg() != null) {
      node.msg().accept(this, arg);
    }
  }

  @Override
  public void visit(Import node, A arg) {
    for (Alias child : node.names()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(ImportFrom node, A arg) {
    for (Alias child : node.names()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Global node, A arg) {
  }

  @Override
  public void visit(Nonlocal node, A arg) {
  }

  @Override
  public void visit(ExprStmt node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(Pass node, A arg) {
  }

  @Override
  public void visit(Break node, A arg) {
  }

  @Override
  public void visit(Continue node, A arg) {
  }

  @Override
  public void visit(BoolOp node, A arg) {
    for (Expr child : node.values()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(NamedExpr node, A arg) {
    node.target().accept(this, arg);
    node.value().accept(this, arg);
  }

  @Override
  public void visit(BinOp node, A arg) {
    node.left().accept(this, arg);
    node.right().accept(this, arg);
  }

  @Override
  public void visit(UnaryOp node, A arg) {
    node.operand().accept(this, arg);
  }

  @Override
  public void visit(Lambda node, A arg) {
    node.args().accept(this, arg);
    node.body().accept(this, arg);
  }

  @Override
  public void visit(IfExp node, A arg) {
    node.test().accept(this, arg);
    node.body().accept(this, arg);
    node.orelse().accept(this, arg);
  }

  @Override
  public void visit(Dict node, A arg) {
    for (Expr child : node.keys()) {
      if (child != null) {
        child.accept(this, arg);
      }
    }
    for (Expr child : node.values()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(SetExpr node, A arg) {
    for (Expr child : node.elts()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(ListComp node, A arg) {
    node.elt().accept(this, arg);
    for (Comprehension child : node.generators()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(SetComp node, A arg) {
    node.elt().accept(this, arg);
    for (Comprehension child : node.generators()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(DictComp node, A arg) {
    node.key().accept(this, arg);
    node.value().accept(this, arg);
    for (Comprehension child : node.generators()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(GeneratorExp node, A arg) {
    node.elt().accept(this, arg);
    for (Comprehension child : node.generators()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Await node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(Yield node, A arg) {
    if (node.value() != null) {
      node.value().accept(this, arg);
    }
  }

  @Override
  public void visit(YieldFrom node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(Compare node, A arg) {
    node.left().accept(this, arg);
    for (Expr child : node.comparators()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Call node, A arg) {
    node.func().accept(this, arg);
    for (Expr child : node.args()) {
      child.accept(this, arg);
    }
    for (Keyword child : node.keywords()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(FormattedValue node, A arg) {
    node.value().accept(this, arg);
    if (node.formatSpec() != null) {
      node.formatSpec().accept(this, arg);
    }
  }

  @Override
  public void visit(JoinedStr node, A arg) {
    for (Expr child : node.values()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Constant node, A arg) {
  }

  @Override
  public void visit(Attribute node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(Subscript node, A arg) {
    node.value().accept(this, arg);
    node.slice().accept(this, arg);
  }

  @Override
  public void visit(Starred node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(Name node, A arg) {
  }

  @Override
  public void visit(ListExpr node, A arg) {
    for (Expr child : node.elts()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Tuple node, A arg) {
    for (Expr child : node.elts()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Slice node, A arg) {
    if (node.lower() != null) {
      node.lower().accept(this, arg);
    }
    if (node.upper() != null) {
      node.upper().accept(this, arg);
    }
    if (node.step() != null) {
      node.step().accept(this, arg);
    }
  }

  @Override
  public void visit(Comprehension node, A arg) {
    node.target().accept(this, arg);
    node.iter().accept(this, arg);
    for (Expr child : node.ifs()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(ExceptHandler node, A arg) {
    if (node.type() != null) {
      node.type().accept(this, arg);
    }
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Arguments node, A arg) {
    for (Arg child : node.posonlyargs()) {
      child.accept(this, arg);
    }
    for (Arg child : node.args()) {
      child.accept(this, arg);
    }
    if (node.vararg() != null) {
      node.vararg().accept(this, arg);
    }
    for (Arg child : node.kwonlyargs()) {
      child.accept(this, arg);
    }
    for (Expr child : node.kwDefaults()) {
      if (child != null) {
        child.accept(this, arg);
      }
    }
    if (node.kwarg() != null) {
      node.kwarg().accept(this, arg);
    }
    for (Expr child : node.defaults()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(Arg node, A arg) {
    if (node.annotation() != null) {
      node.annotation().accept(this, arg);
    }
  }

  @Override
  public void visit(Keyword node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(Alias node, A arg) {
  }

  @Override
  public void visit(WithItem node, A arg) {
    node.contextExpr().accept(this, arg);
    if (node.optionalVars() != null) {
      node.optionalVars().accept(this, arg);
    }
  }

  @Override
  public void visit(MatchCase node, A arg) {
    node.pattern().accept(this, arg);
    if (node.guard() != null) {
      node.guard().accept(this, arg);
    }
    for (Stmt child : node.body()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(MatchValue node, A arg) {
    node.value().accept(this, arg);
  }

  @Override
  public void visit(MatchSingleton node, A arg) {
  }

  @Override
  public void visit(MatchSequence node, A arg) {
    for (Pattern child : node.patterns()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(MatchMapping node, A arg) {
    for (Expr child : node.keys()) {
      child.accept(this, arg);
    }
    for (Pattern child : node.patterns()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(MatchClass node, A arg) {
    node.cls().accept(this, arg);
    for (Pattern child : node.patterns()) {
      child.accept(this, arg);
    }
    for (Pattern child : node.kwdPatterns()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(MatchStar node, A arg) {
  }

  @Override
  public void visit(MatchAs node, A arg) {
    if (node.pattern() != null) {
      node.pattern().accept(this, arg);
    }
  }

  @Override
  public void visit(MatchOr node, A arg) {
    for (Pattern child : node.patterns()) {
      child.accept(this, arg);
    }
  }

  @Override
  public void visit(TypeIgnore node, A arg) {
  }
}
