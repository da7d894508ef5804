package io.tprog.analyzer.trace;

/**
 * One classifier feature at one position: the value it had, and how much its weight row raised the predicted class's
 * score over the expected class's ({@code push > 0} helped the wrong answer).
 */
public record FeaturePush(String feature, String variable, String value, double push) {}
