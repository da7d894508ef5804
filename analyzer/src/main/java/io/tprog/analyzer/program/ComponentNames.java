package io.tprog.analyzer.program;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical names (analysis.md "Terms"): {@code attn_L_H}, {@code num_attn_L_H}, {@code mlp_L_M},
 * {@code num_mlp_L_M}, the embeddings, and how the argument names of predicates and MLP functions name the
 * variables they take. These names are the ids in graphs, JSON and the command line.
 */
public final class ComponentNames {
  private static final Pattern COMPONENT = Pattern.compile("(num_)?(attn|mlp)_(\\d+)_(\\d+)");

  private ComponentNames() {}

  /** A parsed component name. */
  public record Parsed(boolean numerical, boolean head, int layer, int index) {}

  public static Optional<Parsed> parse(String name) {
    Matcher m = COMPONENT.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Parsed(m.group(1) != null, m.group(2).equals("attn"), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
  }

  /**
   * Whether an argument name says it takes a variable: {@code q_position} takes {@code positions},
   * {@code token_a} (an MLP reading one variable twice) takes {@code tokens}, {@code q_shifted} a user's
   * {@code shifted}.
   */
  public static boolean argumentTakes(String argument, String variable) {
    String a = argument.startsWith("q_") || argument.startsWith("k_") ? argument.substring(2) : argument;
    String b = a.endsWith("_a") || a.endsWith("_b") ? a.substring(0, a.length() - 2) : a;
    return a.equals(variable) || variableOfArgument(a).equals(variable) || variableOfArgument(b).equals(variable);
  }

  /**
   * The variable an argument name says it takes: {@code q_position} -> {@code positions},
   * {@code k_attn_0_1_output} -> {@code attn_0_1_outputs}, {@code token} -> {@code tokens}, {@code one} -> {@code ones}.
   */
  public static String variableOfArgument(String argument) {
    String a = argument;
    if (a.startsWith("q_") || a.startsWith("k_")) {
      a = a.substring(2);
    }
    return a + "s";
  }
}
