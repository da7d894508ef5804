package io.tprog.analyzer.program;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;

/**
 * One value a program variable can take at one position: an integer (positions, MLP outputs, counts), a string
 * (tokens), a boolean, None, or a member of an enum (the paper's reference-format NLP programs write a word
 * variable's values as {@code Emb0.V04}; its text is the member's {@code str()}). Integers sort before strings so
 * that value lists print in a stable, readable order.
 */
public record Value(Kind kind, String text) implements Comparable<Value> {

  /** The Python type of a value. */
  public enum Kind {
    INT,
    STRING,
    BOOL,
    NONE,
    MEMBER
  }

  private static final Comparator<Value> ORDER =
      Comparator.comparing(Value::kind)
          .thenComparing((a, b) -> a.kind == Kind.INT ? Long.compare(a.asLong(), b.asLong()) : a.text.compareTo(b.text));

  public Value {
    if (kind == Kind.INT) {
      Long.parseLong(text);
    }
  }

  public static Value of(long integer) {
    return new Value(Kind.INT, Long.toString(integer));
  }

  public static Value of(String string) {
    return new Value(Kind.STRING, string);
  }

  public static Value of(boolean bool) {
    return new Value(Kind.BOOL, bool ? "True" : "False");
  }

  /** The enum member {@code Class.NAME}, written as the program writes it. */
  public static Value member(String qualifiedName) {
    return new Value(Kind.MEMBER, qualifiedName);
  }

  public static Value none() {
    return new Value(Kind.NONE, "None");
  }

  public long asLong() {
    return switch (kind) {
      case INT -> Long.parseLong(text);
      case BOOL -> text.equals("True") ? 1 : 0;
      default -> throw new IllegalStateException("not a number: " + python());
    };
  }

  public boolean isNumber() {
    return kind == Kind.INT || kind == Kind.BOOL;
  }

  /** The value as it appears in the weights file's {@code value} column. */
  public String weightsText() {
    return text;
  }

  /** The value as a Python literal. */
  public String python() {
    if (kind != Kind.STRING) {
      return text;
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** JSON carries the value with its own type: a number, a string, a boolean or null. */
  @JsonValue
  public Object json() {
    return switch (kind) {
      case INT -> asLong();
      case STRING -> text;
      case BOOL -> text.equals("True");
      case NONE -> null;
      case MEMBER -> text;
    };
  }

  @Override
  public int compareTo(Value other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return python();
  }
}
