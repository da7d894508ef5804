/**
 * Grid searches: a {@link io.tprog.sweep.Grid} of model shapes and seeds expands into {@link io.tprog.sweep.Cell}s,
 * each one training run of the learner; a {@link io.tprog.sweep.Sweep} runs the cells on Apache Spark, one job a
 * cell ({@code local[N]} in the process by default, or a standalone, YARN or Kubernetes cluster), writes each cell's
 * folder atomically, records failed cells with their reason, and {@link io.tprog.sweep.SweepSummary} picks each task's
 * best cell by validation accuracy.
 */
package io.tprog.sweep;
