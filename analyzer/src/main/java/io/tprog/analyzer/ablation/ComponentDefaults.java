package io.tprog.analyzer.ablation;

import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.format.ComponentNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a component's outputs become when it is ablated (analysis.md): a categorical head that never matches attends
 * to BOS, so every position gets the value variable's value at position 0; a numerical head that never matches sums
 * nothing, 0; an MLP answers its default branch everywhere. Written as a Python expression over the component's own
 * inputs, so the rewritten program needs nothing else.
 */
public final class ComponentDefaults {
  private ComponentDefaults() {}

  /** The components that can be ablated, in model order: every head, and every MLP whose table has a default. */
  public static List<String> ablatable(ProgramModel model) {
    List<String> names = new ArrayList<>();
    model.heads().forEach(h -> names.add(h.name()));
    model.mlps().stream().filter(m -> m.defaultOutput() != null && !m.inputs().isEmpty()).forEach(m -> names.add(m.name()));
    return names;
  }

  /** The default outputs of one component as a Python expression, or empty when it has none. */
  public static Optional<String> expression(ProgramModel model, String component) {
    Optional<Head> head = model.head(component);
    if (head.isPresent()) {
      String v = head.get().value();
      return Optional.of(head.get().numerical() ? "[0] * len(" + v + ")" : "[" + v + "[0]] * len(" + v + ")");
    }
    Optional<Mlp> mlp = model.mlp(component);
    if (mlp.isPresent() && mlp.get().defaultOutput() != null && !mlp.get().inputs().isEmpty()) {
      return Optional.of("[" + mlp.get().defaultOutput().python() + "] * len(" + mlp.get().inputs().get(0) + ")");
    }
    return Optional.empty();
  }

  /** The variable a component defines. */
  public static String outputOf(ProgramModel model, String component) {
    return model.head(component).map(Head::output).or(() -> model.mlp(component).map(Mlp::output)).orElse(ComponentNames.outputs(component));
  }
}
