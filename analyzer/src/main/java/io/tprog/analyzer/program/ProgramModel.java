package io.tprog.analyzer.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Transformer Program as its components, in model order: the embeddings, the heads and MLPs, the classifier's
 * features (with the line of the classifier call), statements a user added, the header facts ({@code # key: value}
 * comments), the class labels, the weights file (absent when it could not be read) and, for a program with word
 * embeddings, the embeddings table beside it (absent when there is none or it could not be read).
 */
public record ProgramModel(
    String source,
    ProgramFormat format,
    SortedMap<String, String> header,
    List<String> classes,
    List<Embedding> embeddings,
    List<Head> heads,
    List<Mlp> mlps,
    List<ClassifierFeature> features,
    int classifierLine,
    List<ExtraStatement> extras,
    @JsonIgnore Weights weights,
    @JsonIgnore EmbeddingsTable embeddingsTable) {

  public ProgramModel {
    header = Collections.unmodifiableSortedMap(new TreeMap<>(header));
    classes = List.copyOf(classes);
    embeddings = List.copyOf(embeddings);
    heads = List.copyOf(heads);
    mlps = List.copyOf(mlps);
    features = List.copyOf(features);
    extras = List.copyOf(extras);
  }

  public Optional<Weights> weightsFile() {
    return Optional.ofNullable(weights);
  }

  public Optional<EmbeddingsTable> embeddingsFile() {
    return Optional.ofNullable(embeddingsTable);
  }

  public Optional<Head> head(String name) {
    return heads.stream().filter(h -> h.name().equals(name)).findFirst();
  }

  public Optional<Mlp> mlp(String name) {
    return mlps.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The number of layers: one more than the largest layer index of any head or MLP. */
  public int layers() {
    int max = -1;
    for (Head h : heads) {
      max = Math.max(max, h.layer());
    }
    for (Mlp m : mlps) {
      max = Math.max(max, m.layer());
    }
    return max + 1;
  }

  /**
   * Every variable defined in {@code run} that the dataflow graph knows, mapped to the node that defines it:
   * embeddings to themselves, {@code attn_0_0_outputs} to {@code attn_0_0}, a user's variable to itself.
   */
  public Map<String, String> variableOwners() {
    Map<String, String> owners = new HashMap<>();
    for (Embedding e : embeddings) {
      owners.put(e.name(), e.name());
    }
    for (Head h : heads) {
      owners.put(h.output(), h.name());
    }
    for (Mlp m : mlps) {
      owners.put(m.output(), m.name());
    }
    for (ExtraStatement s : extras) {
      if (s.defines() != null) {
        owners.putIfAbsent(s.defines(), s.defines());
      }
    }
    return owners;
  }
}
