package io.tprog.analyzer.program;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The classifier's weights file (program-format.md "The weights file"): rows per feature and value, one column per class. */
public final class Weights {
  private final Path file;
  private final List<String> classes;
  private final Map<String, Map<String, WeightRow>> rowsByFeature;

  public Weights(Path file, List<String> classes, List<WeightRow> rows) {
    this.file = file;
    this.classes = List.copyOf(classes);
    Map<String, Map<String, WeightRow>> byFeature = new LinkedHashMap<>();
    for (WeightRow r : rows) {
      byFeature.computeIfAbsent(r.feature(), f -> new LinkedHashMap<>()).put(r.value(), r);
    }
    byFeature.replaceAll((f, m) -> Collections.unmodifiableMap(m));
    this.rowsByFeature = Collections.unmodifiableMap(byFeature);
  }

  public Path file() {
    return file;
  }

  /** Class labels in column order. */
  public List<String> classes() {
    return classes;
  }

  /** Features in file order. */
  public Set<String> features() {
    return rowsByFeature.keySet();
  }

  /** The rows of one feature keyed by value text, in file order; empty when the file has none. */
  public Map<String, WeightRow> rows(String feature) {
    return rowsByFeature.getOrDefault(feature, Map.of());
  }

  public boolean numerical(String feature) {
    return rows(feature).containsKey("_");
  }
}
