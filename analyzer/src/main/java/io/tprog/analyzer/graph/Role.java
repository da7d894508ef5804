package io.tprog.analyzer.graph;

import com.fasterxml.jackson.annotation.JsonValue;

/** The role in which a node reads another node's output. */
public enum Role {
  QUERY("query"),
  KEY("key"),
  VALUE("value"),
  MLP_INPUT("mlp-input"),
  FEATURE("feature"),
  /** Read by a statement a user added to {@code run}, outside any component. */
  USE("use");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The name used in paths, JSON and DOT. */
  @JsonValue
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
