/**
 * Running a program over a dataset in the sandbox and scoring it: accuracy per position (over scored, non-{@code <pad>}
 * labels) and per sequence (every scored position right), with the misclassified examples kept for the trace and
 * ablation analyses; also loading a program file into the sandbox from disk.
 */
package io.tprog.analyzer.run;
