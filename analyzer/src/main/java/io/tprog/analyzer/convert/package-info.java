/**
 * Conversion of reference-format programs (the paper's released style: pandas scoring) into this project's format.
 * The conversion keeps every helper, predicate and table of the file as written and replaces only the scoring:
 * the pandas imports, the {@code classifier_weights} reads and {@code *_scores} frames, the concatenation and the
 * final return give way to {@code classify(WEIGHTS, [...])} over the same features, with the weights beside it.
 */
package io.tprog.analyzer.convert;
