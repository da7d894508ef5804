"""Generates the AST records, visitors, adapters and AstDump from ast_spec.txt (run from grammar/tools)."""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
AST_DIR = os.path.join(HERE, '..', 'src', 'main', 'java', 'io', 'tprog', 'grammar', 'ast')
NODES = []
for line in open(os.path.join(HERE, 'ast_spec.txt')):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    java, py, iface, fields, doc = line.split('|', 4)
    fl = []
    for f in [x.strip() for x in fields.split(',') if x.strip()]:
        t, n = f.split()
        fl.append((t, n))
    NODES.append((java, py, iface, fl, doc))

def camel(n):
    parts = n.split('_')
    return parts[0] + ''.join(p.capitalize() for p in parts[1:])

BASE = {'stmt': 'Stmt', 'expr': 'Expr', 'identifier': 'String', 'string': 'String', 'int': 'int', 'constant': 'Object'}

def base(t):
    b = t.rstrip('*?')
    return BASE.get(b, b)

def jtype(t):
    b = base(t)
    if '*' in t:
        return 'List<%s>' % b
    return b

def is_list(t): return '*' in t
def nullable_elems(t): return t.endswith('*?')
def optional(t): return t.endswith('?') and '*' not in t
def is_node(t):
    b = base(t)
    return b not in ('String', 'int', 'Object', 'Operator', 'BoolOperator', 'UnaryOperator', 'CmpOperator', 'ExprContext')

HEADER = 'package io.tprog.grammar.ast;\n\n'

def write(name, text):
    with open(os.path.join(AST_DIR, name + '.java'), 'w') as f:
        f.write(text)

for java, py, iface, fl, doc in NODES:
    comps = ', '.join('%s %s' % (jtype(t), camel(n)) for t, n in fl)
    comps = (comps + ', ' if comps else '') + 'Range range'
    imports = set()
    if any(is_list(t) for t, _ in fl):
        imports.add('java.util.List')
    body = []
    checks = []
    for t, n in fl:
        c = camel(n)
        if is_list(t):
            if nullable_elems(t):
                imports.add('java.util.ArrayList')
                imports.add('java.util.Collections')
                checks.append('    %s = Collections.unmodifiableList(new ArrayList<>(%s));' % (c, c))
            else:
                checks.append('    %s = List.copyOf(%s);' % (c, c))
        elif not optional(t) and base(t) not in ('int', 'Object'):
            imports.add('java.util.Objects')
            checks.append('    Objects.requireNonNull(%s, "%s");' % (c, c))
    imports.add('java.util.Objects')
    checks.append('    Objects.requireNonNull(range, "range");')
    pyname = 'CPython\'s {@code ast.%s}' % py
    nulls = [camel(n) for t, n in fl if optional(t) and base(t) != 'int']
    extra = (' Null when absent: %s.' % ', '.join(nulls)) if nulls else ''
    impl = iface if iface != '-' else 'Node'
    s = HEADER
    for i in sorted(imports):
        s += 'import %s;\n' % i
    s += '\n/** %s (%s).%s */\n' % (doc, pyname, extra)
    s += 'public record %s(%s) implements %s {\n' % (java, comps, impl)
    s += '  public %s {\n%s\n  }\n\n' % (java, '\n'.join(checks))
    s += '  @Override\n  public <R, A> R accept(Visitor<R, A> visitor, A arg) {\n    return visitor.visit(this, arg);\n  }\n\n'
    s += '  @Override\n  public <A> void accept(VoidVisitor<A> visitor, A arg) {\n    visitor.visit(this, arg);\n  }\n}\n'
    write(java, s)

for iface, doc in [('Stmt', 'A statement.'), ('Expr', 'An expression.'), ('Pattern', 'A pattern of a {@code case} block.')]:
    permits = [j for j, p, i, f, d in NODES if i == iface]
    s = HEADER + '/** %s */\npublic sealed interface %s extends Node\n    permits %s {}\n' % (doc, iface, ',\n        '.join(permits))
    write(iface, s)

direct = [j for j, p, i, f, d in NODES if i == '-']
s = HEADER + '''/** A node of the syntax tree: knows its source range and accepts visitors. */
public sealed interface Node permits Stmt, Expr, Pattern, %s {
  /** Where the node is in the source. */
  Range range();

  <R, A> R accept(Visitor<R, A> visitor, A arg);

  <A> void accept(VoidVisitor<A> visitor, A arg);
}
''' % ', '.join(direct)
write('Node', s)

s = HEADER + '/** A visitor that returns a value: one method per node type. */\npublic interface Visitor<R, A> {\n'
s += '\n'.join('  R visit(%s node, A arg);\n' % j for j, p, i, f, d in NODES)
s = s.rstrip('\n') + '\n}\n'
write('Visitor', s)
s = HEADER + '/** A visitor that returns nothing: one method per node type. */\npublic interface VoidVisitor<A> {\n'
s += '\n'.join('  void visit(%s node, A arg);\n' % j for j, p, i, f, d in NODES)
s = s.rstrip('\n') + '\n}\n'
write('VoidVisitor', s)

def children(fl, var):
    out = []
    for t, n in fl:
        if not is_node(t):
            continue
        acc = '%s.%s()' % (var, camel(n))
        out.append((t, acc))
    return out

s = HEADER + '''/** Visits every child of every node in source order; override a method to act on one node type. */
public class VoidVisitorAdapter<A> implements VoidVisitor<A> {
'''
for j, p, i, fl, d in NODES:
    s += '  @Override\n  public void visit(%s node, A arg) {\n' % j
    for t, acc in children(fl, 'node'):
        if is_list(t):
            if nullable_elems(t):
                s += '    for (%s child : %s) {\n      if (child != null) {\n        child.accept(this, arg);\n      }\n    }\n' % (base(t), acc)
            else:
                s += '    for (%s child : %s) {\n      child.accept(this, arg);\n    }\n' % (base(t), acc)
        elif optional(t):
            s += '    if (%s != null) {\n      %s.accept(this, arg);\n    }\n' % (acc, acc)
        else:
            s += '    %s.accept(this, arg);\n' % acc
    s += '  }\n\n'
s = s.rstrip('\n') + '\n}\n'
write('VoidVisitorAdapter', s)

s = HEADER + '''/** Visits every child in source order and returns the first non-null result; override a method to act on one node type. */
public class VisitorAdapter<R, A> implements Visitor<R, A> {
'''
for j, p, i, fl, d in NODES:
    s += '  @Override\n  public R visit(%s node, A arg) {\n' % j
    ch = children(fl, 'node')
    if ch:
        s += '    R result;\n'
    for t, acc in ch:
        if is_list(t):
            s += '    for (%s child : %s) {\n' % (base(t), acc)
            if nullable_elems(t):
                s += '      if (child == null) {\n        continue;\n      }\n'
            s += '      result = child.accept(this, arg);\n      if (result != null) {\n        return result;\n      }\n    }\n'
        elif optional(t):
            s += '    if (%s != null) {\n      result = %s.accept(this, arg);\n      if (result != null) {\n        return result;\n      }\n    }\n' % (acc, acc)
        else:
            s += '    result = %s.accept(this, arg);\n    if (result != null) {\n      return result;\n    }\n' % acc
    s += '    return null;\n  }\n\n'
s = s.rstrip('\n') + '\n}\n'
write('VisitorAdapter', s)

# AstDump: ast.dump(node) of CPython 3.11 with default arguments.
s = '''package io.tprog.grammar;

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
'''
for j, p, i, fl, d in NODES:
    s += '\n  @Override\n  public void visit(%s n, StringBuilder out) {\n' % j
    s += '    out.append("%s(");\n' % p
    if fl:
        s += '    String sep = "";\n'
    for t, n in fl:
        acc = 'n.%s()' % camel(n)
        b = base(t)
        if is_list(t):
            if b == 'String':
                val = 'strings(%s, out);' % acc
            elif b == 'CmpOperator':
                val = 'enums(%s, out);' % acc
            else:
                val = 'nodes(%s, out);' % acc
        elif b == 'int':
            val = 'out.append(%s);' % acc
        elif b in ('String', 'Object'):
            val = 'out.append(PyRepr.repr(%s));' % acc
        elif b in ('Operator', 'BoolOperator', 'UnaryOperator', 'CmpOperator', 'ExprContext'):
            val = 'out.append(%s.name()).append("()");' % acc
        else:
            val = 'node(%s, out);' % acc
        code = 'out.append(sep).append("%s=");\n    %s\n    sep = ", ";' % (n, val)
        if optional(t) and b != 'int':
            s += '    if (%s != null) {\n      %s\n    }\n' % (acc, code.replace('\n    ', '\n      '))
        else:
            s += '    %s\n' % code
    if i in ('Stmt', 'Expr', 'Pattern') or j in ('ExceptHandler', 'Arg', 'Keyword', 'Alias'):
        s += '    attributes(n, %s, out);\n' % ('sep' if fl else '""')
    s += '    out.append(\')\');\n  }\n'
s += '}\n'
with open(os.path.join(HERE, '..', 'src', 'main', 'java', 'io', 'tprog', 'grammar', 'AstDump.java'), 'w') as f:
    f.write(s)
