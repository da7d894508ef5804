/**
 * Conversion of reference-format programs (the paper's released style: pandas scoring) into this project's format.
 * The conversion keeps every helper, predicate and table of the file as written and replaces only the scoring:
 * the pandas imports, the {@code classifier_weights} reads and {@code *_scores} frames, the concatenation and the
 * final return give way to {@code classify(WEIGHTS, [...])} over the same features, with the weights beside it.
 * An NLP program's pandas lookup of its embeddings table becomes this format's table ({@code <name>_embeddings.csv},
 * {@code word,emb_0,...}) and lookup, its enum members ({@code Emb0.V04}) the table's integers, and a pooled
 * classifier answers its class at position 0 and {@code <pad>} elsewhere. {@link ReferenceCheck} compares the
 * converted program with the original evaluated in plain Java and, where pandas is installed, run by CPython.
 */
package io.tprog.analyzer.convert;
