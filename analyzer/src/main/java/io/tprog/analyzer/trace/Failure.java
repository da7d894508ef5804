package io.tprog.analyzer.trace;

/**
 * One misclassified example: its trace, its first wrong position, the nearest passing example's trace ({@code null}
 * when no passing example has the same length), and the component it is blamed on.
 */
public record Failure(Trace trace, int position, Trace neighbour, String component) {}
