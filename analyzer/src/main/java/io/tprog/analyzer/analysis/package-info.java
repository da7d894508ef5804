/**
 * Static analyses of a program, each a small class constructed on a
 * {@link io.tprog.analyzer.graph.DataflowGraph} that returns an immutable, JSON-serialisable result: value-set
 * inference, the circuit of each class (using the classifier's weights), dead variables and unreachable code,
 * constant variables, and the heads feeding an output with their role paths. {@link
 * io.tprog.analyzer.analysis.StaticAnalyzer} runs them all into one {@link io.tprog.analyzer.analysis.StaticReport}.
 * Nothing here runs the program.
 */
package io.tprog.analyzer.analysis;
