package io.tprog.analyzer.ablation;

/**
 * One component ablated: accuracy with its outputs replaced by their default, how many predictions changed, what
 * static analysis says of it, and whether the two disagree (static analysis calls it dead, yet ablating it changed a
 * prediction: a bug in one of them).
 */
public record AblationRow(
    String component,
    int layer,
    double positionAccuracy,
    double sequenceAccuracy,
    double accuracyChange,
    int changedPredictions,
    boolean inStaticCircuit,
    boolean staticallyDead,
    boolean conflict) {}
