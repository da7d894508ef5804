package io.tprog.grammar;

import io.tprog.grammar.ast.*;
import io.tprog.grammar.ast.Module;
import java.util.List;

/** Prints a tree exactly as CPython 3.11's {@code ast.dump(tree)} does with its default arguments. */
public final class AstDump implements VoidVisitor<StringBuilder> {
  private static final AstDump PLAIN = new AstDump(false);
  private static final AstDump WITH_POSITIONS = new AstDump(true);

  private final boolean includeAttributes;

  private AstDump(boolean includeAttributes) {
    this.includeAttributes = includeAttributes;
  }

  /** The dump of {@code node}, e.g. {@code Module(body=[Pass()], type_ignores=[])}. */
  public static String dump(Node node) {
    return dump(node, false);
  }

  /**
   * The dump of {@code node}; with {@code includeAttributes}, as {@code ast.dump(tree, include_attributes=True)}
   * prints it: the position of every node type CPython gives a position to.
   */
  public static String dump(Node node, boolean includeAttributes) {
    StringBuilder out = new StringBuilder();
    node.accept(includeAttributes ? WITH_POSITIONS : PLAIN, out);
    return out.toString();
  }

  private void attributes(Node node, String separator, StringBuilder out) {
    if (includeAttributes) {
      Range r = node.range();
      out.append(separator).append("lineno=").append(r.line()).append(", col_offset=").append(r.column())
          .append(", end_lineno=").append(r.endLine()).append(", end_col_offset=").append(r.endColumn());
    }
  }

  private void node(Node node, StringBuilder out) {
    node.accept(this, out);
  }

  private void nodes(List<? extends Node> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Node element = list.get(i);
      if (element == null) {
        out.append("None");
      } else {
        element.accept(this, out);
      }
    }
    out.append(']');
  }

  private static void strings(List<String> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(PyRepr.repr(list.get(i)));
    }
    out.append(']');
  }

  private static void enums(List<CmpOperator> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(list.get(i).name()).append("()");
    }
    out.append(']');
  }

  @Override
  public void visit(Module n, StringBuilder out) {
    out.append("Module(");
    String sep = "";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("type_ignores=");
    nodes(n.typeIgnores(), out);
    sep = ", ";
    out.append(')');
  }

  @Override
  public void visit(FunctionDef n, StringBuilder out) {
    out.append("FunctionDef(");
    String sep = "";
    out.append(sep).append("name=");
    out.append(PyRepr.repr(n.name()));
    sep = ", ";
    out.append(sep).append("args=");
    node(n.args(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("decorator_list=");
    nodes(n.decoratorList(), out);
    sep = ", ";
    if (n.returns() != null) {
      out.append(sep).append("returns=");
      node(n.returns(), out);
      sep = ", ";
    }
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(AsyncFunctionDef n, StringBuilder out) {
    out.append("AsyncFunctionDef(");
    String sep = "";
    out.append(sep).append("name=");
    out.append(PyRepr.repr(n.name()));
    sep = ", ";
    out.append(sep).append("args=");
    node(n.args(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("decorator_list=");
    nodes(n.decoratorList(), out);
    sep = ", ";
    if (n.returns() != null) {
      out.append(sep).append("returns=");
      node(n.returns(), out);
      sep = ", ";
    }
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(ClassDef n, StringBuilder out) {
    out.append("ClassDef(");
    String sep = "";
    out.append(sep).append("name=");
    out.append(PyRepr.repr(n.name()));
    sep = ", ";
    out.append(sep).append("bases=");
    nodes(n.bases(), out);
    sep = ", ";
    out.append(sep).append("keywords=");
    nodes(n.keywords(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("decorator_list=");
    nodes(n.decoratorList(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Return n, StringBuilder out) {
    out.append("Return(");
    String sep = "";
    if (n.value() != null) {
      out.append(sep).append("value=");
      node(n.value(), out);
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Delete n, StringBuilder out) {
    out.append("Delete(");
    String sep = "";
    out.append(sep).append("targets=");
    nodes(n.targets(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Assign n, StringBuilder out) {
    out.append("Assign(");
    String sep = "";
    out.append(sep).append("targets=");
    nodes(n.targets(), out);
    sep = ", ";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(AugAssign n, StringBuilder out) {
    out.append("AugAssign(");
    String sep = "";
    out.append(sep).append("target=");
    node(n.target(), out);
    sep = ", ";
    out.append(sep).append("op=");
    out.append(n.op().name()).append("()");
    sep = ", ";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(AnnAssign n, StringBuilder out) {
    out.append("AnnAssign(");
    String sep = "";
    out.append(sep).append("target=");
    node(n.target(), out);
    sep = ", ";
    out.append(sep).append("annotation=");
    node(n.annotation(), out);
    sep = ", ";
    if (n.value() != null) {
      out.append(sep).append("value=");
      node(n.value(), out);
      sep = ", ";
    }
    out.append(sep).append("simple=");
    out.append(n.simple());
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(For n, StringBuilder out) {
    out.append("For(");
    String sep = "";
    out.append(sep).append("target=");
    node(n.target(), out);
    sep = ", ";
    out.append(sep).append("iter=");
    node(n.iter(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    nodes(n.orelse(), out);
    sep = ", ";
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(AsyncFor n, StringBuilder out) {
    out.append("AsyncFor(");
    String sep = "";
    out.append(sep).append("target=");
    node(n.target(), out);
    sep = ", ";
    out.append(sep).append("iter=");
    node(n.iter(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    nodes(n.orelse(), out);
    sep = ", ";
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(While n, StringBuilder out) {
    out.append("While(");
    String sep = "";
    out.append(sep).append("test=");
    node(n.test(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    nodes(n.orelse(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(If n, StringBuilder out) {
    out.append("If(");
    String sep = "";
    out.append(sep).append("test=");
    node(n.test(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    nodes(n.orelse(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(With n, StringBuilder out) {
    out.append("With(");
    String sep = "";
    out.append(sep).append("items=");
    nodes(n.items(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(AsyncWith n, StringBuilder out) {
    out.append("AsyncWith(");
    String sep = "";
    out.append(sep).append("items=");
    nodes(n.items(), out);
    sep = ", ";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Match n, StringBuilder out) {
    out.append("Match(");
    String sep = "";
    out.append(sep).append("subject=");
    node(n.subject(), out);
    sep = ", ";
    out.append(sep).append("cases=");
    nodes(n.cases(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Raise n, StringBuilder out) {
    out.append("Raise(");
    String sep = "";
    if (n.exc() != null) {
      out.append(sep).append("exc=");
      node(n.exc(), out);
      sep = ", ";
    }
    if (n.cause() != null) {
      out.append(sep).append("cause=");
      node(n.cause(), out);
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Try n, StringBuilder out) {
    out.append("Try(");
    String sep = "";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("handlers=");
    nodes(n.handlers(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    nodes(n.orelse(), out);
    sep = ", ";
    out.append(sep).append("finalbody=");
    nodes(n.finalbody(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(TryStar n, StringBuilder out) {
    out.append("TryStar(");
    String sep = "";
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(sep).append("handlers=");
    nodes(n.handlers(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    nodes(n.orelse(), out);
    sep = ", ";
    out.append(sep).append("finalbody=");
    nodes(n.finalbody(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Assert n, StringBuilder out) {
    out.append("Assert(");
    String sep = "";
    out.append(sep).append("test=");
    node(n.test(), out);
    sep = ", ";
    if (n.msg() != null) {
      out.append(sep).append("msg=");
      node(n.msg(), out);
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Import n, StringBuilder out) {
    out.append("Import(");
    String sep = "";
    out.append(sep).append("names=");
    nodes(n.names(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(ImportFrom n, StringBuilder out) {
    out.append("ImportFrom(");
    String sep = "";
    if (n.module() != null) {
      out.append(sep).append("module=");
      out.append(PyRepr.repr(n.module()));
      sep = ", ";
    }
    out.append(sep).append("names=");
    nodes(n.names(), out);
    sep = ", ";
    out.append(sep).append("level=");
    out.append(n.level());
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Global n, StringBuilder out) {
    out.append("Global(");
    String sep = "";
    out.append(sep).append("names=");
    strings(n.names(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Nonlocal n, StringBuilder out) {
    out.append("Nonlocal(");
    String sep = "";
    out.append(sep).append("names=");
    strings(n.names(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(ExprStmt n, StringBuilder out) {
    out.append("Expr(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Pass n, StringBuilder out) {
    out.append("Pass(");
    attributes(n, "", out);
    out.append(')');
  }

  @Override
  public void visit(Break n, StringBuilder out) {
    out.append("Break(");
    attributes(n, "", out);
    out.append(')');
  }

  @Override
  public void visit(Continue n, StringBuilder out) {
    out.append("Continue(");
    attributes(n, "", out);
    out.append(')');
  }

  @Override
  public void visit(BoolOp n, StringBuilder out) {
    out.append("BoolOp(");
    String sep = "";
    out.append(sep).append("op=");
    out.append(n.op().name()).append("()");
    sep = ", ";
    out.append(sep).append("values=");
    nodes(n.values(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(NamedExpr n, StringBuilder out) {
    out.append("NamedExpr(");
    String sep = "";
    out.append(sep).append("target=");
    node(n.target(), out);
    sep = ", ";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(BinOp n, StringBuilder out) {
    out.append("BinOp(");
    String sep = "";
    out.append(sep).append("left=");
    node(n.left(), out);
    sep = ", ";
    out.append(sep).append("op=");
    out.append(n.op().name()).append("()");
    sep = ", ";
    out.append(sep).append("right=");
    node(n.right(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(UnaryOp n, StringBuilder out) {
    out.append("UnaryOp(");
    String sep = "";
    out.append(sep).append("op=");
    out.append(n.op().name()).append("()");
    sep = ", ";
    out.append(sep).append("operand=");
    node(n.operand(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Lambda n, StringBuilder out) {
    out.append("Lambda(");
    String sep = "";
    out.append(sep).append("args=");
    node(n.args(), out);
    sep = ", ";
    out.append(sep).append("body=");
    node(n.body(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(IfExp n, StringBuilder out) {
    out.append("IfExp(");
    String sep = "";
    out.append(sep).append("test=");
    node(n.test(), out);
    sep = ", ";
    out.append(sep).append("body=");
    node(n.body(), out);
    sep = ", ";
    out.append(sep).append("orelse=");
    node(n.orelse(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Dict n, StringBuilder out) {
    out.append("Dict(");
    String sep = "";
    out.append(sep).append("keys=");
    nodes(n.keys(), out);
    sep = ", ";
    out.append(sep).append("values=");
    nodes(n.values(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(SetExpr n, StringBuilder out) {
    out.append("Set(");
    String sep = "";
    out.append(sep).append("elts=");
    nodes(n.elts(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(ListComp n, StringBuilder out) {
    out.append("ListComp(");
    String sep = "";
    out.append(sep).append("elt=");
    node(n.elt(), out);
    sep = ", ";
    out.append(sep).append("generators=");
    nodes(n.generators(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(SetComp n, StringBuilder out) {
    out.append("SetComp(");
    String sep = "";
    out.append(sep).append("elt=");
    node(n.elt(), out);
    sep = ", ";
    out.append(sep).append("generators=");
    nodes(n.generators(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(DictComp n, StringBuilder out) {
    out.append("DictComp(");
    String sep = "";
    out.append(sep).append("key=");
    node(n.key(), out);
    sep = ", ";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    out.append(sep).append("generators=");
    nodes(n.generators(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(GeneratorExp n, StringBuilder out) {
    out.append("GeneratorExp(");
    String sep = "";
    out.append(sep).append("elt=");
    node(n.elt(), out);
    sep = ", ";
    out.append(sep).append("generators=");
    nodes(n.generators(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Await n, StringBuilder out) {
    out.append("Await(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Yield n, StringBuilder out) {
    out.append("Yield(");
    String sep = "";
    if (n.value() != null) {
      out.append(sep).append("value=");
      node(n.value(), out);
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(YieldFrom n, StringBuilder out) {
    out.append("YieldFrom(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Compare n, StringBuilder out) {
    out.append("Compare(");
    String sep = "";
    out.append(sep).append("left=");
    node(n.left(), out);
    sep = ", ";
    out.append(sep).append("ops=");
    enums(n.ops(), out);
    sep = ", ";
    out.append(sep).append("comparators=");
    nodes(n.comparators(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Call n, StringBuilder out) {
    out.append("Call(");
    String sep = "";
    out.append(sep).append("func=");
    node(n.func(), out);
    sep = ", ";
    out.append(sep).append("args=");
    nodes(n.args(), out);
    sep = ", ";
    out.append(sep).append("keywords=");
    nodes(n.keywords(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(FormattedValue n, StringBuilder out) {
    out.append("FormattedValue(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    out.append(sep).append("conversion=");
    out.append(n.conversion());
    sep = ", ";
    if (n.formatSpec() != null) {
      out.append(sep).append("format_spec=");
      node(n.formatSpec(), out);
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(JoinedStr n, StringBuilder out) {
    out.append("JoinedStr(");
    String sep = "";
    out.append(sep).append("values=");
    nodes(n.values(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Constant n, StringBuilder out) {
    out.append("Constant(");
    String sep = "";
    out.append(sep).append("value=");
    out.append(PyRepr.repr(n.value()));
    sep = ", ";
    if (n.kind() != null) {
      out.append(sep).append("kind=");
      out.append(PyRepr.repr(n.kind()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Attribute n, StringBuilder out) {
    out.append("Attribute(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    out.append(sep).append("attr=");
    out.append(PyRepr.repr(n.attr()));
    sep = ", ";
    out.append(sep).append("ctx=");
    out.append(n.ctx().name()).append("()");
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Subscript n, StringBuilder out) {
    out.append("Subscript(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    out.append(sep).append("slice=");
    node(n.slice(), out);
    sep = ", ";
    out.append(sep).append("ctx=");
    out.append(n.ctx().name()).append("()");
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Starred n, StringBuilder out) {
    out.append("Starred(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    out.append(sep).append("ctx=");
    out.append(n.ctx().name()).append("()");
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Name n, StringBuilder out) {
    out.append("Name(");
    String sep = "";
    out.append(sep).append("id=");
    out.append(PyRepr.repr(n.id()));
    sep = ", ";
    out.append(sep).append("ctx=");
    out.append(n.ctx().name()).append("()");
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(ListExpr n, StringBuilder out) {
    out.append("List(");
    String sep = "";
    out.append(sep).append("elts=");
    nodes(n.elts(), out);
    sep = ", ";
    out.append(sep).append("ctx=");
    out.append(n.ctx().name()).append("()");
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Tuple n, StringBuilder out) {
    out.append("Tuple(");
    String sep = "";
    out.append(sep).append("elts=");
    nodes(n.elts(), out);
    sep = ", ";
    out.append(sep).append("ctx=");
    out.append(n.ctx().name()).append("()");
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Slice n, StringBuilder out) {
    out.append("Slice(");
    String sep = "";
    if (n.lower() != null) {
      out.append(sep).append("lower=");
      node(n.lower(), out);
      sep = ", ";
    }
    if (n.upper() != null) {
      out.append(sep).append("upper=");
      node(n.upper(), out);
      sep = ", ";
    }
    if (n.step() != null) {
      out.append(sep).append("step=");
      node(n.step(), out);
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Comprehension n, StringBuilder out) {
    out.append("comprehension(");
    String sep = "";
    out.append(sep).append("target=");
    node(n.target(), out);
    sep = ", ";
    out.append(sep).append("iter=");
    node(n.iter(), out);
    sep = ", ";
    out.append(sep).append("ifs=");
    nodes(n.ifs(), out);
    sep = ", ";
    out.append(sep).append("is_async=");
    out.append(n.isAsync());
    sep = ", ";
    out.append(')');
  }

  @Override
  public void visit(ExceptHandler n, StringBuilder out) {
    out.append("ExceptHandler(");
    String sep = "";
    if (n.type() != null) {
      out.append(sep).append("type=");
      node(n.type(), out);
      sep = ", ";
    }
    if (n.name() != null) {
      out.append(sep).append("name=");
      out.append(PyRepr.repr(n.name()));
      sep = ", ";
    }
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Arguments n, StringBuilder out) {
    out.append("arguments(");
    String sep = "";
    out.append(sep).append("posonlyargs=");
    nodes(n.posonlyargs(), out);
    sep = ", ";
    out.append(sep).append("args=");
    nodes(n.args(), out);
    sep = ", ";
    if (n.vararg() != null) {
      out.append(sep).append("vararg=");
      node(n.vararg(), out);
      sep = ", ";
    }
    out.append(sep).append("kwonlyargs=");
    nodes(n.kwonlyargs(), out);
    sep = ", ";
    out.append(sep).append("kw_defaults=");
    nodes(n.kwDefaults(), out);
    sep = ", ";
    if (n.kwarg() != null) {
      out.append(sep).append("kwarg=");
      node(n.kwarg(), out);
      sep = ", ";
    }
    out.append(sep).append("defaults=");
    nodes(n.defaults(), out);
    sep = ", ";
    out.append(')');
  }

  @Override
  public void visit(Arg n, StringBuilder out) {
    out.append("arg(");
    String sep = "";
    out.append(sep).append("arg=");
    out.append(PyRepr.repr(n.arg()));
    sep = ", ";
    if (n.annotation() != null) {
      out.append(sep).append("annotation=");
      node(n.annotation(), out);
      sep = ", ";
    }
    if (n.typeComment() != null) {
      out.append(sep).append("type_comment=");
      out.append(PyRepr.repr(n.typeComment()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Keyword n, StringBuilder out) {
    out.append("keyword(");
    String sep = "";
    if (n.arg() != null) {
      out.append(sep).append("arg=");
      out.append(PyRepr.repr(n.arg()));
      sep = ", ";
    }
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(Alias n, StringBuilder out) {
    out.append("alias(");
    String sep = "";
    out.append(sep).append("name=");
    out.append(PyRepr.repr(n.name()));
    sep = ", ";
    if (n.asname() != null) {
      out.append(sep).append("asname=");
      out.append(PyRepr.repr(n.asname()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(WithItem n, StringBuilder out) {
    out.append("withitem(");
    String sep = "";
    out.append(sep).append("context_expr=");
    node(n.contextExpr(), out);
    sep = ", ";
    if (n.optionalVars() != null) {
      out.append(sep).append("optional_vars=");
      node(n.optionalVars(), out);
      sep = ", ";
    }
    out.append(')');
  }

  @Override
  public void visit(MatchCase n, StringBuilder out) {
    out.append("match_case(");
    String sep = "";
    out.append(sep).append("pattern=");
    node(n.pattern(), out);
    sep = ", ";
    if (n.guard() != null) {
      out.append(sep).append("guard=");
      node(n.guard(), out);
      sep = ", ";
    }
    out.append(sep).append("body=");
    nodes(n.body(), out);
    sep = ", ";
    out.append(')');
  }

  @Override
  public void visit(MatchValue n, StringBuilder out) {
    out.append("MatchValue(");
    String sep = "";
    out.append(sep).append("value=");
    node(n.value(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchSingleton n, StringBuilder out) {
    out.append("MatchSingleton(");
    String sep = "";
    out.append(sep).append("value=");
    out.append(PyRepr.repr(n.value()));
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchSequence n, StringBuilder out) {
    out.append("MatchSequence(");
    String sep = "";
    out.append(sep).append("patterns=");
    nodes(n.patterns(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchMapping n, StringBuilder out) {
    out.append("MatchMapping(");
    String sep = "";
    out.append(sep).append("keys=");
    nodes(n.keys(), out);
    sep = ", ";
    out.append(sep).append("patterns=");
    nodes(n.patterns(), out);
    sep = ", ";
    if (n.rest() != null) {
      out.append(sep).append("rest=");
      out.append(PyRepr.repr(n.rest()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchClass n, StringBuilder out) {
    out.append("MatchClass(");
    String sep = "";
    out.append(sep).append("cls=");
    node(n.cls(), out);
    sep = ", ";
    out.append(sep).append("patterns=");
    nodes(n.patterns(), out);
    sep = ", ";
    out.append(sep).append("kwd_attrs=");
    strings(n.kwdAttrs(), out);
    sep = ", ";
    out.append(sep).append("kwd_patterns=");
    nodes(n.kwdPatterns(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchStar n, StringBuilder out) {
    out.append("MatchStar(");
    String sep = "";
    if (n.name() != null) {
      out.append(sep).append("name=");
      out.append(PyRepr.repr(n.name()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchAs n, StringBuilder out) {
    out.append("MatchAs(");
    String sep = "";
    if (n.pattern() != null) {
      out.append(sep).append("pattern=");
      node(n.pattern(), out);
      sep = ", ";
    }
    if (n.name() != null) {
      out.append(sep).append("name=");
      out.append(PyRepr.repr(n.name()));
      sep = ", ";
    }
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(MatchOr n, StringBuilder out) {
    out.append("MatchOr(");
    String sep = "";
    out.append(sep).append("patterns=");
    nodes(n.patterns(), out);
    sep = ", ";
    attributes(n, sep, out);
    out.append(')');
  }

  @Override
  public void visit(TypeIgnore n, StringBuilder out) {
    out.append("TypeIgnore(");
    String sep = "";
    out.append(sep).append("lineno=");
    out.append(n.lineno());
    sep = ", ";
    out.append(sep).append("tag=");
    out.append(PyRepr.repr(n.tag()));
    sep = ", ";
    out.append(')');
  }
}
