package io.tprog.grammar.ast;

/** A visitor that returns a value: one method per node type. */
public interface Visitor<R, A> {
  R visit(Module node, A arg);

  R visit(FunctionDef node, A arg);

  R visit(AsyncFunctionDef node, A arg);

  R visit(ClassDef node, A arg);

  R visit(Return node, A arg);

  R visit(Delete node, A arg);

  R visit(Assign node, A arg);

  R visit(AugAssign node, A arg);

  R visit(AnnAssign node, A arg);

  R visit(For node, A arg);

  R visit(AsyncFor node, A arg);

  R visit(While node, A arg);

  R visit(If node, A arg);

  R visit(With node, A arg);

  R visit(AsyncWith node, A arg);

  R visit(Match node, A arg);

  R visit(Raise node, A arg);

  R visit(Try node, A arg);

  R visit(TryStar node, A arg);

  R visit(Assert node, A arg);

  R visit(Import node, A arg);

  R visit(ImportFrom node, A arg);

  R visit(Global node, A arg);

  R visit(Nonlocal node, A arg);

  R visit(ExprStmt node, A arg);

  R visit(Pass node, A arg);

  R visit(Break node, A arg);

  R visit(Continue node, A arg);

  R visit(BoolOp node, A arg);

  R visit(NamedExpr node, A arg);

  R visit(BinOp node, A arg);

  R visit(UnaryOp node, A arg);

  R visit(Lambda node, A arg);

  R visit(IfExp node, A arg);

  R visit(Dict node, A arg);

  R visit(SetExpr node, A arg);

  R visit(ListComp node, A arg);

  R visit(SetComp node, A arg);

  R visit(DictComp node, A arg);

  R visit(GeneratorExp node, A arg);

  R visit(Await node, A arg);

  R visit(Yield node, A arg);

  R visit(YieldFrom node, A arg);

  R visit(Compare node, A arg);

  R visit(Call node, A arg);

  R visit(FormattedValue node, A arg);

  R visit(JoinedStr node, A arg);

  R visit(Constant node, A arg);

  R visit(Attribute node, A arg);

  R visit(Subscript node, A arg);

  R visit(Starred node, A arg);

  R visit(Name node, A arg);

  R visit(ListExpr node, A arg);

  R visit(Tuple node, A arg);

  R visit(Slice node, A arg);

  R visit(Comprehension node, A arg);

  R visit(ExceptHandler node, A arg);

  R visit(Arguments node, A arg);

  R visit(Arg node, A arg);

  R visit(Keyword node, A arg);

  R visit(Alias node, A arg);

  R visit(WithItem node, A arg);

  R visit(MatchCase node, A arg);

  R visit(MatchValue node, A arg);

  R visit(MatchSingleton node, A arg);

  R visit(MatchSequence node, A arg);

  R visit(MatchMapping node, A arg);

  R visit(MatchClass node, A arg);

  R visit(MatchStar node, A arg);

  R visit(MatchAs node, A arg);

  R visit(MatchOr node, A arg);

  R visit(TypeIgnore node, A arg);
}
