package io.tprog.learner.program;

/**
 * The module counts and sizes a program and the model it comes from share (targets.md): a program's {@link
 * ProgramConfig} holds one, and a run's metrics write one as the first keys of their configuration.
 *
 * @param layers number of layers
 * @param catHeads categorical attention heads per layer
 * @param numHeads numerical attention heads per layer
 * @param catMlps categorical MLPs per layer
 * @param numMlps numerical MLPs per layer
 * @param varSize width {@code k} of every categorical variable
 * @param maxLength longest input (positions are {@code 0..maxLength-1})
 */
public record ProgramShape(int layers, int catHeads, int numHeads, int catMlps, int numMlps, int varSize, int maxLength) {}
