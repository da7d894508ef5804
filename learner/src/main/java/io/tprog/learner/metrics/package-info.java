/**
 * Scores of predictions beyond token accuracy: entity-level precision, recall and F1 for named-entity recognition
 * ({@link io.tprog.learner.metrics.EntityScores}), as the paper reports them for CoNLL-2003.
 */
package io.tprog.learner.metrics;
