/**
 * The typed syntax tree of a Python 3.11 source file: one immutable record per CPython {@code ast} node type, with
 * CPython's field names as accessors (in camel case) and a {@link io.tprog.grammar.ast.Range} on every node, plus
 * the visitors ({@link io.tprog.grammar.ast.Visitor}, {@link io.tprog.grammar.ast.VoidVisitor}) and their
 * default-traversal adapters. Three types are renamed where CPython's name clashes with Java's: {@code ast.Expr} is
 * {@code ExprStmt}, {@code ast.List} is {@code ListExpr} and {@code ast.Set} is {@code SetExpr}.
 */
package io.tprog.grammar.ast;
