/**
 * Pre-trained word vectors for the factored word embeddings of NLP tasks: {@link
 * io.tprog.learner.embeddings.WordVectors} reads a GloVe text file, and {@link
 * io.tprog.learner.embeddings.EmbeddingInit} turns the vectors of a vocabulary into the initial logits of the model's
 * embedding choices by a seeded Gaussian random projection.
 */
package io.tprog.learner.embeddings;
