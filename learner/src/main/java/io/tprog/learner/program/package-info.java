/**
 * The discrete Transformer Program: what a trained model becomes after every choice is made by argmax. Categorical
 * variables hold slot indices {@code 0..k-1} with a {@link io.tprog.learner.program.Domain} that says which Python
 * value each slot is written as; heads hold a query-to-key predicate table, MLPs a lookup table, and the classifier a
 * weight row per feature value. The package evaluates such a program in plain Java (the reference the TensorFlow model
 * and the emitted Python must agree with), emits it as a Python program with its weights file (program-format.md), and
 * runs emitted programs in Jython and CPython.
 */
package io.tprog.learner.program;
