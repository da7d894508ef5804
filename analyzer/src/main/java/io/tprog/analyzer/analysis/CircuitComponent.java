package io.tprog.analyzer.analysis;

import io.tprog.analyzer.graph.NodeKind;

/** A node on a circuit: its id, kind, layer and one role path from it to the circuit's output. */
public record CircuitComponent(String id, NodeKind kind, int layer, String path) {}
