package io.tprog.format;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical names of program-format.md and analysis.md "Terms", built and read in this one place: components
 * {@code attn_L_H}, {@code num_attn_L_H}, {@code mlp_L_M}, {@code num_mlp_L_M}; the variables {@code run} assigns for
 * them ({@code attn_L_H_outputs}, {@code attn_L_H_pattern}); a head's predicate ({@code predicate_L_H},
 * {@code num_predicate_L_H}); the inputs {@code tokens}, {@code positions}, {@code ones} and the word variables
 * {@code var{v}_embeddings}; the argument names of predicates and MLP functions ({@code q_position},
 * {@code k_attn_0_1_output}); and the files beside a program ({@code <name>_weights.csv},
 * {@code <name>_embeddings.csv}). These names are the ids in programs, graphs, traces, JSON and the command line.
 */
public final class ComponentNames {
  public static final String TOKENS = "tokens";
  public static final String POSITIONS = "positions";
  public static final String ONES = "ones";

  private static final String OUTPUTS = "_outputs";
  private static final String PATTERN = "_pattern";
  private static final String WEIGHTS_FILE = "_weights.csv";
  private static final String EMBEDDINGS_FILE = "_embeddings.csv";
  private static final Pattern COMPONENT = Pattern.compile("(num_)?(attn|mlp)_(\\d+)_(\\d+)");
  private static final Pattern WORD_VARIABLE = Pattern.compile("var(\\d+)_embeddings");

  private ComponentNames() {}

  /** A component's kind and place: {@code numerical} for {@code num_}, {@code head} for {@code attn}, else an MLP. */
  public record Parsed(boolean numerical, boolean head, int layer, int index) {
    /** The component's name: {@code new Parsed(true, true, 2, 1).name()} is {@code num_attn_2_1}. */
    public String name() {
      return (numerical ? "num_" : "") + (head ? "attn_" : "mlp_") + layer + "_" + index;
    }
  }

  /** {@code attn_L_H}. */
  public static String head(int layer, int index) {
    return new Parsed(false, true, layer, index).name();
  }

  /** {@code num_attn_L_H}. */
  public static String numericalHead(int layer, int index) {
    return new Parsed(true, true, layer, index).name();
  }

  /** {@code mlp_L_M}. */
  public static String mlp(int layer, int index) {
    return new Parsed(false, false, layer, index).name();
  }

  /** {@code num_mlp_L_M}. */
  public static String numericalMlp(int layer, int index) {
    return new Parsed(true, false, layer, index).name();
  }

  /** A component name's parts; empty for anything else ({@code attn_0_1_outputs}, {@code tokens}). */
  public static Optional<Parsed> parse(String name) {
    Matcher m = COMPONENT.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Parsed(m.group(1) != null, m.group(2).equals("attn"), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
  }

  /** Whether {@code name} is a head ({@code attn_L_H} or {@code num_attn_L_H}). */
  public static boolean isHead(String name) {
    return parse(name).map(Parsed::head).orElse(false);
  }

  /** The list a component's outputs are assigned to: {@code attn_0_1} -> {@code attn_0_1_outputs}. */
  public static String outputs(String component) {
    return component + OUTPUTS;
  }

  /** The component whose outputs a variable holds ({@code mlp_1_0_outputs} -> {@code mlp_1_0}); else empty. */
  public static Optional<String> componentOfOutputs(String variable) {
    return componentBefore(variable, OUTPUTS);
  }

  /** A head's selection pattern: {@code attn_0_1} -> {@code attn_0_1_pattern}. */
  public static String pattern(String head) {
    return head + PATTERN;
  }

  /** The head whose pattern a variable holds ({@code num_attn_0_1_pattern} -> {@code num_attn_0_1}); else empty. */
  public static Optional<String> headOfPattern(String variable) {
    return componentBefore(variable, PATTERN).filter(ComponentNames::isHead);
  }

  /**
   * Whether a variable is named as a selection pattern ({@code <anything>_pattern}), a head's or not: a pattern holds
   * one selection per query, not one value per position.
   */
  public static boolean isPattern(String variable) {
    return variable.endsWith(PATTERN);
  }

  private static Optional<String> componentBefore(String variable, String suffix) {
    if (!variable.endsWith(suffix)) {
      return Optional.empty();
    }
    String component = variable.substring(0, variable.length() - suffix.length());
    return parse(component).isPresent() ? Optional.of(component) : Optional.empty();
  }

  /** A head's predicate function: {@code attn_0_1} -> {@code predicate_0_1}, {@code num_attn_0_1} -> {@code num_predicate_0_1}. */
  public static String predicate(String head) {
    Parsed parsed = parse(head).filter(Parsed::head)
        .orElseThrow(() -> new IllegalArgumentException(head + " is not a head's name"));
    return (parsed.numerical() ? "num_" : "") + "predicate_" + parsed.layer() + "_" + parsed.index();
  }

  /** The variable of the {@code v}-th factored word embedding: {@code var0_embeddings}. */
  public static String wordVariable(int v) {
    return "var" + v + "_embeddings";
  }

  /** Whether a variable is a factored word embedding ({@code var{v}_embeddings}). */
  public static boolean isWordVariable(String variable) {
    return WORD_VARIABLE.matcher(variable).matches();
  }

  /**
   * The list {@code run} holds a variable in, where a variable is named by what computes it: a component's outputs
   * list ({@code attn_0_1} -> {@code attn_0_1_outputs}); an input ({@code tokens}, {@code positions}, {@code ones},
   * a word variable) is its own list.
   */
  public static String listOf(String variable) {
    return switch (variable) {
      case TOKENS, POSITIONS, ONES -> variable;
      default -> isWordVariable(variable) ? variable : outputs(variable);
    };
  }

  /**
   * The argument name for one value of a list variable, the list's name without its plural {@code s}:
   * {@code positions} -> {@code position}, {@code attn_0_1_outputs} -> {@code attn_0_1_output}. A predicate prefixes
   * it with {@code q_} or {@code k_}; an MLP reading one variable twice suffixes {@code _a} and {@code _b}.
   */
  public static String argument(String listVariable) {
    return listVariable.endsWith("s") ? listVariable.substring(0, listVariable.length() - 1) : listVariable;
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
   * The variable an argument name says it takes, the inverse of {@link #argument}: {@code q_position} ->
   * {@code positions}, {@code k_attn_0_1_output} -> {@code attn_0_1_outputs}, {@code one} -> {@code ones}.
   */
  public static String variableOfArgument(String argument) {
    String a = argument;
    if (a.startsWith("q_") || a.startsWith("k_")) {
      a = a.substring(2);
    }
    return a + "s";
  }

  /** The weights file beside the program {@code <name>.py}: {@code <name>_weights.csv}. */
  public static String weightsFile(String name) {
    return name + WEIGHTS_FILE;
  }

  /** Whether a file name is a weights file's ({@code ..._weights.csv}). */
  public static boolean isWeightsFile(String fileName) {
    return fileName.endsWith(WEIGHTS_FILE);
  }

  /** The table of word embeddings beside the program {@code <name>.py}: {@code <name>_embeddings.csv}. */
  public static String embeddingsFile(String name) {
    return name + EMBEDDINGS_FILE;
  }

  /** A program file's name without {@code .py}: the {@code <name>} its weights and embeddings files are named by. */
  public static String programName(String fileName) {
    return fileName.endsWith(".py") ? fileName.substring(0, fileName.length() - 3) : fileName;
  }
}
