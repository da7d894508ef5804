/**
 * Drawing the dataflow graph: a layered layout computed in pure Java by ELK (one column per embedding set, per
 * layer's heads, per layer's MLPs and for the classifier), and its rendering as an SVG whose nodes carry their
 * canonical ids so a page can find, highlight and click them.
 */
package io.tprog.reports.graph;
