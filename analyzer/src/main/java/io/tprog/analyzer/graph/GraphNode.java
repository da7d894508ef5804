package io.tprog.analyzer.graph;

/**
 * A node: its canonical id, its kind, its layer ({@code -1} for embeddings, the number of layers for the
 * classifier), the variable it defines ({@code null} for the classifier) and the line that defines it.
 */
public record GraphNode(String id, NodeKind kind, int layer, String variable, int line) {}
