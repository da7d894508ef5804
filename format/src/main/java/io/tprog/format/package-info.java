/**
 * The program contract (program-format.md) in one place, for the learner that emits programs and the analyzer that
 * reads and runs them: the canonical names of components, variables and files ({@link io.tprog.format.ComponentNames})
 * and the Python helpers every program defines ({@link io.tprog.format.ProgramHelpers}, one {@code .py} resource),
 * and the sandbox every program runs in, whoever wrote it ({@link io.tprog.format.sandbox}): {@code tprog eval} and
 * the learner's agreement check run a program the same way. It depends on the grammar and Jython only; neither the
 * learner nor the analyzer is visible from here.
 */
package io.tprog.format;
