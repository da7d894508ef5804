package io.tprog.learner.program;

/** Python source text for values, identical under Jython 2.7 and CPython 3. */
final class PythonLiterals {
  private PythonLiterals() {}

  /** Whether {@link #string} can write {@code value}: printable ASCII only. */
  static boolean writable(String value) {
    return value.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f);
  }

  /** A double-quoted string literal; characters outside printable ASCII are escaped so the file stays ASCII. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch >= 0x20 && ch < 0x7f) {
        out.append(ch);
      } else {
        throw new InvalidProgramException(
            "The value " + value + " has a character outside printable ASCII, which the program format cannot write.");
      }
    }
    return out.append('"').toString();
  }
}
