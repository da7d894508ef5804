/**
 * Parsing Python 3.11 source into the typed AST of {@link io.tprog.grammar.ast}: {@link io.tprog.grammar.PythonParser}
 * runs an ANTLR grammar of our own (its generated classes are package-private) and returns a
 * {@link io.tprog.grammar.ParseResult} whose problems are data; {@link io.tprog.grammar.AstDump} prints a tree as
 * CPython's {@code ast.dump} does, and {@link io.tprog.grammar.PrettyPrinter} writes it back as source.
 */
package io.tprog.grammar;
