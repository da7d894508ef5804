package io.tprog.cli.commands;

import io.tprog.analyzer.run.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for an analysis that reports {@link Progress}, one bar per stage; silent when
 * asked to be or when standard error is not a terminal (logs and tests stay clean).
 */
final class ProgressBars implements Progress, AutoCloseable {
  private final boolean show;
  private ProgressBar bar;
  private String stage;

  private ProgressBars(boolean show) {
    this.show = show;
  }

  /** Bars unless {@code quiet} or there is no terminal. */
  static ProgressBars unless(boolean quiet) {
    return new ProgressBars(!quiet && System.console() != null);
  }

  @Override
  public void at(String newStage, int done, int total) {
    if (!show) {
      return;
    }
    if (bar == null || !newStage.equals(stage)) {
      close();
      stage = newStage;
      bar =
          new ProgressBarBuilder()
              .setTaskName(newStage)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
