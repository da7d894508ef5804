/**
 * Files the learner writes: each is written whole to a temporary file beside its target and renamed over it, so a
 * reader (or a run killed half-way) never sees half a program, weights file, metrics file or dataset.
 */
package io.tprog.learner.files;
