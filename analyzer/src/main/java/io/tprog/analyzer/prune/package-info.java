/**
 * Pruning: the smallest program this analyzer can find that predicts exactly as the original on a dataset. Components
 * whose ablation changes no prediction (tried latest layer first, so a consumer's removal can free its producers)
 * become one constant line, then the if/elif branches of the remaining predicates and MLP tables that no example
 * executed are removed; the pruned program is run again and must predict identically on every example.
 */
package io.tprog.analyzer.prune;
