package io.tprog.reports.circuit;

/** Compares a golden file with what was written now, and says where they first part. */
final class GoldenFiles {
  private GoldenFiles() {}

  /** Empty when equal, else {@code line N: expected ... but was ...} for the first line that differs. */
  static String firstDifference(String expected, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        return "line " + (i + 1) + ": expected <" + w + "> but was <" + g + ">";
      }
    }
    return "line " + want.length + ": the files differ in line endings";
  }
}
