package io.tprog.learner.train;

/**
 * One point of the training curves: the mean training loss and the accuracy under Gumbel noise during the epoch, the
 * temperature at its last step, the validation accuracy of the argmax model after it, and its wall time.
 */
public record EpochRecord(
    int epoch, double loss, double trainAccuracy, double temperature, double validationAccuracy, double seconds) {}
