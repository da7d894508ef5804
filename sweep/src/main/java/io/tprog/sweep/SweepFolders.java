package io.tprog.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.learner.files.AtomicFiles;
import io.tprog.learner.train.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layout of a sweep's folder: {@code <id>/} per cell, finished when its {@code metrics.json} exists (a folder
 * appears by one rename, complete), or holding only {@code failure.json} when the cell failed; {@code .partial/} for
 * cells being trained; {@code sweep.json}, the plan; and the summary files.
 */
final class SweepFolders {
  static final String PARTIAL = ".partial";
  static final String FAILURE = "failure.json";
  static final String PLAN = "sweep.json";

  private SweepFolders() {}

  static Path partial(Path out, String id) {
    return out.resolve(PARTIAL).resolve(id);
  }

  static boolean finished(Path out, String id) {
    return Files.isRegularFile(out.resolve(id).resolve(RunFiles.METRICS));
  }

  /** Puts a complete cell folder in place of whatever {@code target} held (a failure, an older attempt). */
  static void install(Path complete, Path target) throws IOException {
    CellTraining.delete(target);
    Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes files sent back by an executor on another machine and installs them as the cell's folder. */
  static void install(Path out, String id, Map<String, byte[]> files) throws IOException {
    Path incoming = out.resolve(PARTIAL).resolve(id + ".incoming");
    CellTraining.delete(incoming);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = incoming.resolve(file.getKey()).normalize();
      if (!target.startsWith(incoming)) {
        throw new IOException("A cell sent back a file outside its folder: " + file.getKey() + ".");
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    install(incoming, out.resolve(id));
  }

  /** Records a failed cell: its folder then holds {@code failure.json} with the reason, and no metrics. */
  static void recordFailure(Path out, String id, String reason) throws IOException {
    Path folder = out.resolve(id);
    CellTraining.delete(folder);
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("cell", id);
    failure.put("error", reason);
    AtomicFiles.write(folder.resolve(FAILURE), json().writeValueAsString(failure) + "\n");
  }

  static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
