/**
 * Traces of single inputs through a program run in the sandbox: every variable's value at every position in program
 * order, the key position each categorical head selected (and each numerical head's match count) at every query,
 * the prediction against the expected label, and for every wrong position the classifier breakdown (which features
 * pushed the predicted class over the expected one, by how much); the provenance of one prediction as a tree of the
 * heads that moved values into it; and the grouping of a dataset's failing examples by where they first part from
 * their nearest passing neighbour.
 */
package io.tprog.analyzer.trace;
