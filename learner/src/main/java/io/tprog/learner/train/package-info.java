/**
 * Training a Transformer Program: the seeded Adam loop over shuffled batches with the per-step geometric temperature
 * schedule, per-epoch checkpoints that a killed run resumes from to the same result, training curves, and the
 * end-to-end run ({@link io.tprog.learner.train.TrainingRun}) that discretises the trained model, checks that model and
 * program agree ({@link io.tprog.learner.train.ProgramCheck}), and writes the outputs, its metrics typed
 * ({@link io.tprog.learner.train.RunMetrics}).
 */
package io.tprog.learner.train;
