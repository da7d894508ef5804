package io.tprog.learner.train;

/**
 * The Gumbel-softmax temperature: geometric from {@code start} at the first step to {@code end} at the last, a new
 * value every step (model.md section 8).
 */
public record TemperatureSchedule(double start, double end, long totalSteps) {

  public TemperatureSchedule {
    if (!(start > 0) || !(end > 0)) {
      throw new IllegalArgumentException("Temperatures must be positive, got " + start + " and " + end + ".");
    }
  }

  /** The temperature at step {@code step} (0-based). */
  public double at(long step) {
    if (totalSteps <= 1) {
      return end;
    }
    double fraction = Math.min(1.0, Math.max(0.0, (double) step / (totalSteps - 1)));
    return start * Math.pow(end / start, fraction);
  }
}
