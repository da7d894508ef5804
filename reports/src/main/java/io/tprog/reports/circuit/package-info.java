/**
 * The circuit report of one program: its configuration and accuracy, the dataflow graph drawn in layers with the
 * classifier's circuit highlighted, each head's reads and predicate, each MLP's table size and default, dead code,
 * the ablation table when a dataset was given, and the heads feeding each class; written as Markdown, a
 * self-contained HTML page, JSON and DOT.
 */
package io.tprog.reports.circuit;
