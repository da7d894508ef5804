package io.tprog.analyzer.analysis;

import io.tprog.analyzer.program.Value;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The values a variable can take at any position, sorted; {@code known} is false when the analysis cannot bound
 * them (a user's own statement, a table it could not read, no weights file), and then {@code values} is empty.
 */
public record ValueSet(boolean known, List<Value> values) {

  public ValueSet {
    values = List.copyOf(new TreeSet<>(values));
  }

  public static ValueSet of(Collection<Value> values) {
    return new ValueSet(true, List.copyOf(values));
  }

  public static ValueSet unknown() {
    return new ValueSet(false, List.of());
  }

  /** True when the value may occur: always for an unknown set. */
  public boolean mayContain(Value v) {
    return !known || values.contains(v);
  }

  /** True when the set is known to hold exactly one value. */
  public boolean constant() {
    return known && values.size() == 1;
  }
}
