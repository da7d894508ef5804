package io.tprog.learner.program;

import java.util.List;
import java.util.Objects;

/**
 * The Python values a categorical variable's slots stand for: slot {@code i} is either the string {@code strings[i]}
 * (tokens) or the integer {@code i} (positions, MLP outputs). Slots at or past {@link #size()} never occur.
 */
public final class Domain {
  private final List<String> strings;
  private final int size;

  private Domain(List<String> strings, int size) {
    this.strings = strings;
    this.size = size;
  }

  /** Slot {@code i} is the string {@code values.get(i)}. */
  public static Domain strings(List<String> values) {
    return new Domain(List.copyOf(values), values.size());
  }

  /** Slot {@code i} is the integer {@code i}, for {@code 0 <= i < size}. */
  public static Domain integers(int size) {
    return new Domain(null, size);
  }

  /** How many slots have a value. */
  public int size() {
    return size;
  }

  public boolean isString() {
    return strings != null;
  }

  /** The value of a slot as Python's {@code str()} prints it, which is also how the weights file writes it. */
  public String text(int slot) {
    check(slot);
    return strings != null ? strings.get(slot) : Integer.toString(slot);
  }

  /** The value of a slot as a Python literal. */
  public String literal(int slot) {
    check(slot);
    return strings != null ? PythonLiterals.string(strings.get(slot)) : Integer.toString(slot);
  }

  private void check(int slot) {
    if (slot < 0 || slot >= size) {
      throw new IndexOutOfBoundsException("Slot " + slot + " is outside a domain of " + size + " values.");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Domain d && d.size == size && Objects.equals(d.strings, strings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strings, size);
  }

  @Override
  public String toString() {
    return strings != null ? "strings" + strings : "integers[0.." + (size - 1) + "]";
  }
}
