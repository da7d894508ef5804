/**
 * Ablation, the causal check of a static circuit: a component's outputs are replaced by its default (a categorical
 * head that never matches copies the BOS value, a numerical head gives 0, an MLP its default branch) by rewriting
 * the program's source, the rewritten program runs in the sandbox over a dataset, and the change in accuracy and in
 * predictions is set beside what static analysis says of the component (in the circuit, dead).
 */
package io.tprog.analyzer.ablation;
