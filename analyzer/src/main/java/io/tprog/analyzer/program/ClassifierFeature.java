package io.tprog.analyzer.program;

/** One feature the classifier scores: its name in the weights file and the variable it reads. */
public record ClassifierFeature(String feature, String variable, int line) {}
