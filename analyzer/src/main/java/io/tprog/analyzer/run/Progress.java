package io.tprog.analyzer.run;

/**
 * Told how far a long analysis has got (a run over a dataset, an ablation, a pruning), so a command can draw a
 * progress bar; analyses call it from their own thread, between steps.
 */
@FunctionalInterface
public interface Progress {
  /** Ignores every report. */
  Progress NONE = (stage, done, total) -> {};

  /** {@code done} of {@code total} steps of {@code stage} (a short phrase, e.g. "trying components") are finished. */
  void at(String stage, int done, int total);
}
