package io.tprog.analyzer.program;

import java.util.List;

/** One branch of an MLP's lookup: the input tuples it covers (in argument order) and the output they map to. */
public record MlpRow(List<List<Value>> inputs, Value output, int line) {
  public MlpRow {
    inputs = inputs.stream().map(List::copyOf).toList();
  }
}
