package io.tprog.learner.train;

import io.tprog.learner.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a killed run needs to continue to the same result: the run's fingerprint (model and training
 * configuration), the epochs done, their curve records, every variable of the training state (parameters and
 * Adam slots), and the epoch with the best validation accuracy so far with its state. Shuffles and noise derive from
 * the seed and the epoch/step, so no generator state is stored.
 */
public record Checkpoint(
    String fingerprint,
    int epochsDone,
    List<EpochRecord> curve,
    Map<String, float[]> state,
    int bestEpoch,
    Map<String, float[]> bestState) {
  private static final int MAGIC = 0x7470636b;
  private static final int VERSION = 2;

  /** A checkpoint whose best epoch is its last one. */
  public Checkpoint(String fingerprint, int epochsDone, List<EpochRecord> curve, Map<String, float[]> state) {
    this(fingerprint, epochsDone, curve, state, epochsDone, state);
  }

  /** Writes the checkpoint to a temp file beside {@code file}, then renames it over {@code file}. */
  public void write(Path file) {
    try {
      AtomicFiles.write(file, stream -> {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(fingerprint);
        out.writeInt(epochsDone);
        out.writeInt(curve.size());
        for (EpochRecord r : curve) {
          out.writeInt(r.epoch());
          out.writeDouble(r.loss());
          out.writeDouble(r.trainAccuracy());
          out.writeDouble(r.temperature());
          out.writeDouble(r.validationAccuracy());
          out.writeDouble(r.seconds());
        }
        writeState(out, state);
        out.writeInt(bestEpoch);
        writeState(out, bestState);
        out.flush();
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a checkpoint written by {@link #write}. */
  public static Checkpoint read(Path file) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IllegalArgumentException(file + " is not a tprog checkpoint of this version.");
      }
      String fingerprint = in.readUTF();
      int epochsDone = in.readInt();
      int records = in.readInt();
      List<EpochRecord> curve = new ArrayList<>();
      for (int i = 0; i < records; i++) {
        curve.add(
            new EpochRecord(
                in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
      }
      Map<String, float[]> state = readState(in);
      int bestEpoch = in.readInt();
      Map<String, float[]> bestState = readState(in);
      return new Checkpoint(fingerprint, epochsDone, curve, state, bestEpoch, bestState);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeState(DataOutputStream out, Map<String, float[]> state) throws IOException {
    out.writeInt(state.size());
    for (Map.Entry<String, float[]> e : state.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().length);
      for (float f : e.getValue()) {
        out.writeFloat(f);
      }
    }
  }

  private static Map<String, float[]> readState(DataInputStream in) throws IOException {
    int count = in.readInt();
    Map<String, float[]> state = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      float[] values = new float[in.readInt()];
      for (int j = 0; j < values.length; j++) {
        values[j] = in.readFloat();
      }
      state.put(name, values);
    }
    return state;
  }
}
