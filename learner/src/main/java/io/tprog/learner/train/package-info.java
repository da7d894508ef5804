/**
 * Training a Transformer Program: the seeded Adam loop over shuffled batches with the per-step geometric temperature
 * schedule, per-epoch checkpoints that a killed run resumes from to the same result, training curves, and the
 * end-to-end run that discretises the trained model, checks that model and program agree, and writes the outputs.
 */
package io.tprog.learner.train;
