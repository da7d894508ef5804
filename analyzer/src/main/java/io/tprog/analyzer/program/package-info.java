/**
 * The program model: the components a Transformer Program is made of (embeddings, categorical and numerical heads
 * with their predicates, MLP lookup tables, the classifier's features and its weights file), recognised from the
 * parsed Python of a program in the project's format (program-format.md) or in the paper's reference format. A part
 * that does not fit the expected shape becomes a {@link io.tprog.analyzer.program.ProgramProblem} with its line, and
 * the rest of the program is still recognised.
 */
package io.tprog.analyzer.program;
