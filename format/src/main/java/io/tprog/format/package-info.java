/**
 * The program contract (program-format.md) in one place, for the learner that emits programs and the analyzer that
 * reads and runs them: the canonical names of components, variables and files ({@link io.tprog.format.ComponentNames})
 * and the Python helpers every program defines ({@link io.tprog.format.ProgramHelpers}, one {@code .py} resource).
 * It depends on the grammar only; neither the learner nor the analyzer is visible from here.
 */
package io.tprog.format;
