/**
 * The dataflow graph of a program: a directed acyclic JGraphT graph whose nodes are the program's components and
 * variables under their canonical names ({@code tokens}, {@code attn_0_1}, {@code mlp_1_0}, {@code classifier}, a
 * user's own variable) and whose edges say in which role one node's output is read by another ({@code query},
 * {@code key}, {@code value}, {@code mlp-input}, {@code feature}, or {@code use} for a user's statement). It is built
 * once from a {@link io.tprog.analyzer.program.ProgramModel} and then queried by the analyses.
 */
package io.tprog.analyzer.graph;
