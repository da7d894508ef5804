package io.tprog.sweep;

import java.io.Serializable;
import java.util.Map;

/**
 * What a cell's task sends back to the driver: the seconds it took, and the folder's files (relative path to bytes)
 * when it trained on another machine; {@code files} is empty when it wrote the cell's folder itself.
 */
public record CellOutcome(String id, double seconds, String host, Map<String, byte[]> files) implements Serializable {}
