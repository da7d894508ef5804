/**
 * Training plots: the learner's per-epoch curves ({@code curves.csv}: loss, accuracy under noise, temperature,
 * validation accuracy) read back and drawn as PNG charts with XChart, headless, for the circuit report to link.
 */
package io.tprog.reports.plots;
