package io.tprog.grammar.ast;

/** A visitor that returns nothing: one method per node type. */
public interface VoidVisitor<A> {
  void visit(Module node, A arg);

  void visit(FunctionDef node, A arg);

  void visit(AsyncFunctionDef node, A arg);

  void visit(ClassDef node, A arg);

  void visit(Return node, A arg);

  void visit(Delete node, A arg);

  void visit(Assign node, A arg);

  void visit(AugAssign node, A arg);

  void visit(AnnAssign node, A arg);

  void visit(For node, A arg);

  void visit(AsyncFor node, A arg);

  void visit(While node, A arg);

  void visit(If node, A arg);

  void visit(With node, A arg);

  void visit(AsyncWith node, A arg);

  void visit(Match node, A arg);

  void visit(Raise node, A arg);

  void visit(Try node, A arg);

  void visit(TryStar node, A arg);

  void visit(Assert node, A arg);

  void visit(Import node, A arg);

  void visit(ImportFrom node, A arg);

  void visit(Global node, A arg);

  void visit(Nonlocal node, A arg);

  void visit(ExprStmt node, A arg);

  void visit(Pass node, A arg);

  void visit(Break node, A arg);

  void visit(Continue node, A arg);

  void visit(BoolOp node, A arg);

  void visit(NamedExpr node, A arg);

  void visit(BinOp node, A arg);

  void visit(UnaryOp node, A arg);

  void visit(Lambda node, A arg);

  void visit(IfExp node, A arg);

  void visit(Dict node, A arg);

  void visit(SetExpr node, A arg);

  void visit(ListComp node, A arg);

  void visit(SetComp node, A arg);

  void visit(DictComp node, A arg);

  void visit(GeneratorExp node, A arg);

  void visit(Await node, A arg);

  void visit(Yield node, A arg);

  void visit(YieldFrom node, A arg);

  void visit(Compare node, A arg);

  void visit(Call node, A arg);

  void visit(FormattedValue node, A arg);

  void visit(JoinedStr node, A arg);

  void visit(Constant node, A arg);

  void visit(Attribute node, A arg);

  void visit(Subscript node, A arg);

  void visit(Starred node, A arg);

  void visit(Name node, A arg);

  void visit(ListExpr node, A arg);

  void visit(Tuple node, A arg);

  void visit(Slice node, A arg);

  void visit(Comprehension node, A arg);

  void visit(ExceptHandler node, A arg);

  void visit(Arguments node, A arg);

  void visit(Arg node, A arg);

  void visit(Keyword node, A arg);

  void visit(Alias node, A arg);

  void visit(WithItem node, A arg);

  void visit(MatchCase node, A arg);

  void visit(MatchValue node, A arg);

  void visit(MatchSingleton node, A arg);

  void visit(MatchSequence node, A arg);

  void visit(MatchMapping node, A arg);

  void visit(MatchClass node, A arg);

  void visit(MatchStar node, A arg);

  void visit(MatchAs node, A arg);

  void visit(MatchOr node, A arg);

  void visit(TypeIgnore node, A arg);
}
