package io.tprog.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * More files a cell writes into its folder after training, before the folder is installed (the command line adds the
 * circuit report, as {@code tprog train} does). It runs on the executor, so it must be serializable and its classes
 * must be in the jars the executors load.
 */
@FunctionalInterface
public interface CellFinisher extends Serializable {
  void finish(Cell cell, Path folder) throws IOException;
}
