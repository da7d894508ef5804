/**
 * Analyses of NLP programs in terms of words: which words of the embeddings table produce a classifier feature's
 * value ({@link io.tprog.analyzer.words.WordFeatures}: the paper's figure 7, for a contrast of two classes and for each
 * class's top features), and for one traced sentence each token's contribution to each class score (the paper's
 * figure 13) and where the features behind a wrong tag came from ({@link io.tprog.analyzer.words.SentenceScores}).
 */
package io.tprog.analyzer.words;
